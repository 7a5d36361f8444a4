package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ApplyingTest extends ServiceTest {

    @Autowired
    VisitApplicationService applications;
    @Autowired
    StudyVisitFixture fixture;

    @Test
    void a_person_applies_once_and_their_coordinator_is_asked_to_endorse() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        signInAs(TestUsers.LEARNER);
        long id = applications.apply(visit, "I run the pilot", "The indicator set");

        assertThat(fixture.statusOf(id)).isEqualTo(ApplicationStatus.PENDING);
        assertThat(fixture.notificationKeys(TestUsers.COORDINATOR, "visit-application-received:" + id))
                .containsExactly("notification.visit.application-received");
        assertThatThrownBy(() -> applications.apply(visit, "Again", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("visit", "application.error.already-applied"));
    }

    @Test
    void nobody_applies_after_the_deadline_or_to_a_visit_that_is_not_open() {
        long late = fixture.visit(VisitStatus.OPEN, 5);
        fixture.setDeadline(late, Instant.now().minusSeconds(1));
        long draft = fixture.visit(VisitStatus.DRAFT, 5);
        long selecting = fixture.visit(VisitStatus.SELECTION, 5);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> applications.apply(late, "Why", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("visit", "application.error.deadline-passed"));
        for (long closed : new long[] {draft, selecting}) {
            assertThatThrownBy(() -> applications.apply(closed, "Why", ""))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.errorKeysByField()).containsEntry("visit", "application.error.not-open"));
        }
    }

    @Test
    void an_application_needs_a_motivation() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> applications.apply(visit, "  ", "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("motivation", "visit.error.motivation-required"));
    }

    @Test
    void only_the_coordinator_of_the_applicants_own_region_endorses() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        long app = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.PENDING);

        signInAs("maria.martinez@example.org");
        assertThatThrownBy(() -> applications.endorse(app, null)).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.SECRETARIAT);
        assertThatThrownBy(() -> applications.endorse(app, null)).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> applications.endorse(app, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.statusOf(app)).isEqualTo(ApplicationStatus.PENDING);

        signInAs(TestUsers.COORDINATOR);
        assertThat(applications.endorsementRequests(true, "en", PageRequest.first(50)))
                .extracting(EndorsementRequest::applicationId).contains(app);
        applications.endorse(app, "Fits our plan");
        assertThat(fixture.statusOf(app)).isEqualTo(ApplicationStatus.ENDORSED);
        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-application:" + app))
                .containsExactly("notification.visit.endorsed");
        assertThatThrownBy(() -> applications.decline(app, "Changed my mind"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("application", "application.error.already-decided"));
    }

    @Test
    void declining_needs_a_comment_which_the_applicant_is_told() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        long app = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.PENDING);
        signInAs(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> applications.decline(app, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("comment", "application.error.comment-required"));
        applications.decline(app, "Not this year: budget");
        assertThat(fixture.statusOf(app)).isEqualTo(ApplicationStatus.DECLINED);
        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-application:" + app))
                .containsExactly("notification.visit.declined");
    }

    @Test
    void nobody_confirms_or_withdraws_someone_elses_application() {
        long visit = fixture.visit(VisitStatus.SELECTION, 5);
        long app = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.SELECTED);
        signInAs("olena.kovalenko@example.org");
        assertThatThrownBy(() -> applications.confirm(app)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.withdraw(app)).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.LEARNER);
        applications.confirm(app);
        assertThat(fixture.statusOf(app)).isEqualTo(ApplicationStatus.CONFIRMED);
    }
}
