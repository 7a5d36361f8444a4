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

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
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

    @PermitAll
    @Transactional
    public void markRead(long id) {
        notifications.markRead(id, currentUser.require().id(), clock.instant());
    }

    @PermitAll
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require().id(), clock.instant());
    }
}
