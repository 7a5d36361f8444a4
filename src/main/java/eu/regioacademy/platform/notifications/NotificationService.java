package eu.regioacademy.platform.notifications;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications; nobody reads or marks anyone else's. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UnreadSignals signals;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        UnreadSignals signals) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.signals = signals;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(PageRequest page) {
        return notifications.page(currentUser.require().id(), page.offset(), page.limit());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int countMine() {
        return notifications.count(currentUser.require().id());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int unreadCount() {
        return notifications.unread(currentUser.require().id());
    }

    /**
     * Moves whenever a notification for the signed-in user is sent or read on this instance:
     * the bell reads {@link #unreadCount()} again only then. No database.
     */
    @PermitAll
    public long unreadStamp() {
        return signals.stamp(currentUser.require().id());
    }

    @PermitAll
    @Transactional
    public void markRead(long id) {
        long me = currentUser.require().id();
        notifications.markRead(id, me, clock.instant());
        signals.changed(me);
    }

    @PermitAll
    @Transactional
    public int markAllRead() {
        long me = currentUser.require().id();
        int read = notifications.markAllRead(me, clock.instant());
        signals.changed(me);
        return read;
    }
}
