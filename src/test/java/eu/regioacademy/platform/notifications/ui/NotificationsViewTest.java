package eu.regioacademy.platform.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.RowTemplates;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.NotificationItem;
import eu.regioacademy.platform.notifications.NotificationService;
import eu.regioacademy.platform.notifications.Notifier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list's rows are templates: an unread one says so, and following its link marks it read. */
class NotificationsViewTest extends KaribuTest {

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationService notifications;
    @Autowired
    DSLContext db;

    @Test
    void an_unread_notification_is_marked_new_and_following_its_link_marks_it_read() {
        signInAs(TestUsers.MENTOR);
        notifications.markAllRead();
        long mentor = TestUsers.idOf(db, TestUsers.MENTOR);
        notifier.send(new NewNotification(mentor, "list-test:sent", "notification.exchange.allocated",
                NewNotification.params(1L, "Desk"), "exchanges"));
        navigateTo("notifications");
        @SuppressWarnings("unchecked")
        Grid<NotificationItem> list = _get(Grid.class);
        NotificationItem newest = GridKt._get(list, 0);
        assertThat(newest.unread()).isTrue();
        assertThat(RowTemplates.property(list, "message", "link", newest)).isEqualTo("exchanges");
        assertThat(RowTemplates.property(list, "message", "unread", newest)).as("the badge's text").isEqualTo("new");

        RowTemplates.call(list, "message", "read", newest);
        assertThat(notifications.unreadCount()).isZero();
    }
}
