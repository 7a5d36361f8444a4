package eu.regioacademy.studyvisits.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.EndorsementRequest;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The applicant, the coordinator and the host, each through their own screens. */
class StudyVisitFlowTest extends KaribuTest {

    @Autowired
    StudyVisitFixture fixture;

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static void clickIn(Component parent, String text) {
        _click(_get(parent, Button.class, spec -> spec.withText(text)));
    }

    private static boolean shows(String text) {
        return _find(Span.class).stream().anyMatch(s -> text.equals(s.getText()));
    }

    @Test
    void an_applicant_finds_an_open_visit_applies_and_sees_the_application_await_endorsement() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        signInAs("jiri.novak@example.org");
        navigateTo("study-visits");
        fill(_get(Checkbox.class, spec -> spec.withLabel("Open for applications now")), true);
        fill(_get(TextField.class, spec -> spec.withPlaceholder("Search title or city")), "language cafés");
        assertThat(_size(_get(Grid.class))).isEqualTo(1);

        navigateTo("study-visits/" + visit);
        assertThat(_get(H2.class).getText()).isEqualTo(StudyVisitFixture.TITLE);
        click("Apply");
        TextArea motivation = _get(TextArea.class, spec -> spec.withLabel("Why do you want to take part?"));
        assertThat(motivation.isInvalid()).isTrue();
        assertThat(motivation.getErrorMessage()).isEqualTo("Please say why you want to take part.");

        fill(motivation, "We open two language cafés next spring.");
        click("Apply");
        expectNotifications("Application sent. Your regional coordinator has been asked to endorse it.");
        assertThat(shows("Awaiting endorsement")).isTrue();

        navigateTo("study-visits/applications");
        @SuppressWarnings("unchecked")
        Grid<eu.regioacademy.studyvisits.MyApplication> mine = _get(Grid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(mine, rowOf(mine, a -> a.visitId() == visit)).status())
                .isEqualTo(ApplicationStatus.PENDING);
    }

    @Test
    void the_coordinator_endorses_an_application_from_their_region_with_a_comment() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        long application = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.PENDING);
        signInAs(TestUsers.COORDINATOR);
        navigateTo("study-visits/endorsements");
        @SuppressWarnings("unchecked")
        Grid<EndorsementRequest> desk = _get(Grid.class);
        int row = rowOf(desk, r -> r.applicationId() == application);

        clickIn(_getCellComponent(desk, row, "actions"), "Decide");
        fill(_get(TextArea.class, spec -> spec.withLabel("Comment")), "Fits our health plan");
        click("Endorse");

        expectNotifications("Decision recorded; the applicant has been told.");
        assertThat(fixture.statusOf(application)).isEqualTo(ApplicationStatus.ENDORSED);
    }

    @Test
    void the_host_selects_takes_attendance_completes_and_issues_certificates() {
        long visit = fixture.visit(VisitStatus.SELECTION, 2);
        fixture.moveTo(visit, fixture.today().minusDays(1));
        long application = fixture.application(visit, "giuseppe.esposito@example.org", ApplicationStatus.ENDORSED);
        signInAs(TestUsers.COORDINATOR);
        navigateTo("study-visits/" + visit);
        ApplicationsPanel panel = _get(ApplicationsPanel.class);
        clickIn(_getCellComponent(panel.grid, 0, "decide"), "Select");
        expectNotifications("Decision recorded; the applicant has been told.");
        assertThat(fixture.statusOf(application)).isEqualTo(ApplicationStatus.SELECTED);

        click("Confirm the visit");
        expectNotifications("Visit updated.");
        assertThat(fixture.statusOfVisit(visit)).isEqualTo(VisitStatus.CONFIRMED);
        fixture.application(visit, "francesca.lorusso@example.org", ApplicationStatus.CONFIRMED);
        navigateTo("study-visits/" + visit);
        AttendancePanel attendance = _get(AttendancePanel.class);
        LocalDate firstDay = fixture.today().minusDays(1);
        fill((Checkbox) _getCellComponent(attendance.grid, 0, firstDay.toString()), true);

        click("Mark as completed");
        expectNotifications("Visit updated.");
        click("Issue certificates");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Certificates issued.");
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Completed");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .contains("Certificates have been issued; attendance is final.", "No feedback yet. Participants are reminded after the visit.");
    }

    @Test
    void a_coordinator_creates_a_visit_in_their_region_and_opens_it() {
        signInAs(TestUsers.COORDINATOR);
        navigateTo("study-visits/new");
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Host region"))
                .isReadOnly()).isTrue();
        TextField title = _find(TextField.class, spec -> spec.withLabel("Title")).getFirst();
        TextField city = _get(TextField.class, spec -> spec.withLabel("City"));
        click("Save");
        assertThat(title.isInvalid()).isTrue();
        assertThat(city.isInvalid()).isTrue();

        fill(title, "Peer review of Skåne's reception plan");
        fill(city, "Lund");
        fill(_get(TextField.class, spec -> spec.withLabel("Venue")), "Region House");
        click("Save");
        expectNotifications("Visit saved.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StudyVisitView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Peer review of Skåne's reception plan");
        assertThat(shows("Draft")).isTrue();

        click("Open for applications");
        expectNotifications("Visit updated.");
        assertThat(shows("Open for applications")).isTrue();
    }

    private static <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> which) {
        for (int i = 0; i < _size(grid); i++) {
            if (which.test(com.github.mvysny.kaributesting.v10.GridKt._get(grid, i))) return i;
        }
        throw new AssertionError("No such row");
    }
}
