package eu.regioacademy.studyvisits.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.RowTemplates;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.notifications.ui.NotificationBell;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A decision reaches the applicant: the bell counts it, the list shows it in their language, reading clears it. */
class NotificationsFlowTest extends KaribuTest {

    @Autowired
    StudyVisitFixture fixture;
    @Autowired
    VisitApplicationService applications;

    @Test
    void the_bell_counts_unread_notifications_and_marking_them_read_clears_it() {
        long visit = fixture.visit(VisitStatus.SELECTION, 3);
        long application = fixture.application(visit, "jiri.novak@example.org", ApplicationStatus.ENDORSED);
        signInAs(TestUsers.COORDINATOR);
        applications.select(application);
        applications.waitlist(fixture.application(visit, "olena.kovalenko@example.org", ApplicationStatus.ENDORSED));

        signInAs("jiri.novak@example.org");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badgeText()).isEqualTo("1");
        assertThat(bell.getAriaLabel()).hasValue("Notifications, 1 unread");

        _click(bell);
        @SuppressWarnings("unchecked")
        Grid<eu.regioacademy.platform.notifications.NotificationItem> list = _get(Grid.class);
        assertThat(_size(list)).isEqualTo(1);
        assertThat(RowTemplates.property(list, "message", "text", com.github.mvysny.kaributesting.v10.GridKt._get(list, 0)))
                .isEqualTo("You have been selected for \"" + StudyVisitFixture.TITLE + "\". Please confirm your place.");

        _click(_get(Button.class, spec -> spec.withText("Mark all as read")));
        assertThat(bell.badgeText()).isEmpty();
    }
}
