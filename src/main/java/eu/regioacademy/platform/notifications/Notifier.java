package eu.regioacademy.platform.notifications;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications for the features, inside their transaction: a decision and the
 * notification about it are written together or not at all. Mail goes out after commit
 * through {@link NotificationMailer}.
 */
@Service
// internal: features notify inside their own transactions (MANDATORY), after their own checks
@PermitAll
public class Notifier {

    private final NotificationRepository notifications;
    private final NotificationMailer mailer;
    private final UnreadSignals signals;

    Notifier(NotificationRepository notifications, NotificationMailer mailer, UnreadSignals signals) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.signals = signals;
    }

    /** @return false when the recipient already had a notification for this event */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(NewNotification notification) {
        boolean sent = notifications.insertIfNew(notification, mailer.enabled() ? "PENDING" : null);
        if (sent) signals.changed(notification.recipientId());
        return sent;
    }
}
