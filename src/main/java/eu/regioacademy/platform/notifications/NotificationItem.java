package eu.regioacademy.platform.notifications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of the signed-in user's notifications, as their list shows it. */
public record NotificationItem(long id, String messageKey, List<String> params, String link, Instant createdAt,
                               @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
