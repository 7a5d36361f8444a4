package eu.regioacademy.platform.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.NotificationService;
import eu.regioacademy.platform.notifications.Notifier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell reads the unread count when it may have changed, not at every navigation. */
class NotificationBellTest extends KaribuTest {

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationService notifications;
    @Autowired
    DSLContext db;

    /** A notification written behind this instance's back, as another instance would. */
    private void writtenElsewhere(long recipient, String event) {
        db.insertInto(NOTIFICATION).set(NOTIFICATION.RECIPIENT_ID, recipient).set(NOTIFICATION.EVENT_KEY, event)
                .set(NOTIFICATION.MESSAGE_KEY, "notification.exchange.allocated")
                .set(NOTIFICATION.PARAMS, "1").set(NOTIFICATION.LINK, "exchanges").execute();
    }

    @Test
    void a_navigation_counts_again_only_after_a_notification_was_sent_or_read_here() {
        signInAs(TestUsers.MENTOR);
        notifications.markAllRead();
        navigateTo("catalog");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badgeText()).isEmpty();
        long mentor = TestUsers.idOf(db, TestUsers.MENTOR);

        writtenElsewhere(mentor, "bell-test:elsewhere");
        navigateTo("my-learning");
        assertThat(bell.badgeText()).as("no count query at a navigation without news").isEmpty();

        notifier.send(new NewNotification(mentor, "bell-test:sent", "notification.exchange.allocated",
                NewNotification.params(1L, "Desk"), "exchanges"));
        navigateTo("catalog");
        assertThat(bell.badgeText()).as("a notification sent here: both are counted").isEqualTo("2");
        assertThat(bell.getAriaLabel()).hasValue("Notifications, 2 unread");

        notifications.markAllRead();
        navigateTo("my-learning");
        assertThat(bell.badgeText()).isEmpty();
    }

    @Test
    void opening_the_bell_counts_whatever_the_stamp_says() {
        signInAs(TestUsers.MENTOR);
        notifications.markAllRead();
        navigateTo("catalog");
        NotificationBell bell = _get(NotificationBell.class);
        writtenElsewhere(TestUsers.idOf(db, TestUsers.MENTOR), "bell-test:elsewhere");

        _click(bell);
        assertThat(bell.badgeText()).isEqualTo("1");
    }
}
