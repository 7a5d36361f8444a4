package eu.regioacademy.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.PageRequest;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationAccessTest extends ServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    Notifier notifier;
    @Autowired
    DSLContext db;

    @Test
    void another_person_cannot_mark_someone_elses_notification_read_nor_see_it() {
        notifier.send(new NewNotification(TestUsers.idOf(db, TestUsers.MENTOR), "access-test:1", "notification.exchange.allocated",
                NewNotification.params(1L, "Desk"), "exchanges"));
        signInAs(TestUsers.MENTOR);
        long id = notifications.mine(new PageRequest(0, 50, List.of())).stream()
                .filter(NotificationItem::unread).findFirst().orElseThrow().id();

        signInAs(TestUsers.LEARNER);
        notifications.markRead(id);
        assertThat(notifications.mine(new PageRequest(0, 500, List.of()))).noneMatch(n -> n.id() == id);

        signInAs(TestUsers.MENTOR);
        assertThat(notifications.mine(new PageRequest(0, 50, List.of()))).filteredOn(n -> n.id() == id)
                .singleElement().satisfies(n -> assertThat(n.unread()).isTrue());
    }
}
