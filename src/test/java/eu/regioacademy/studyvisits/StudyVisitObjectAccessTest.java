package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Visit and application ids travel in addresses and calls: a coordinator of another region,
 * or another learner, is refused whatever the action.
 */
class StudyVisitObjectAccessTest extends ServiceTest {

    /** Coordinator of Región de Murcia; the fixture's visits are hosted by Skåne. */
    private static final String MURCIA_COORDINATOR = "maria.martinez@example.org";
    private static final String OLENA = "olena.kovalenko@example.org";

    @Autowired
    StudyVisitService visits;
    @Autowired
    VisitApplicationService applications;
    @Autowired
    VisitRecordService records;
    @Autowired
    StudyVisitFixture fixture;

    @Test
    void a_coordinator_of_another_region_cannot_endorse_or_decline_an_application() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        long application = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.PENDING);
        signInAs(MURCIA_COORDINATOR);
        assertThatThrownBy(() -> applications.endorse(application, "fine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.decline(application, "no")).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.statusOf(application)).isEqualTo(ApplicationStatus.PENDING);
    }

    @Test
    void a_coordinator_of_another_region_cannot_run_someone_elses_visit() {
        long visit = fixture.visit(VisitStatus.OPEN, 5);
        long application = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.SELECTED);
        signInAs(MURCIA_COORDINATOR);
        assertThatThrownBy(() -> visits.update(visit, 0, fixture.draft(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.moveTo(visit, VisitStatus.CANCELLED, "not mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.attendance(visit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.setAttendance(application, fixture.today(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.feedback(visit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.issueCertificates(visit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.waitlist(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.cancelPlace(application)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.statusOfVisit(visit)).isEqualTo(VisitStatus.OPEN);
        assertThat(fixture.statusOf(application)).isEqualTo(ApplicationStatus.SELECTED);
    }

    @Test
    void another_learner_cannot_give_feedback_or_answer_the_follow_up_on_someone_elses_application() {
        long visit = fixture.visit(VisitStatus.COMPLETED, 5);
        long application = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.SELECTED);
        fixture.attended(application, fixture.today());
        signInAs(OLENA);
        assertThatThrownBy(() -> records.giveFeedback(application, 5, "learned", "will apply"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.answerFollowUp(application, "applied")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.confirm(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.withdraw(application)).isInstanceOf(AccessDeniedException.class);
    }
}
