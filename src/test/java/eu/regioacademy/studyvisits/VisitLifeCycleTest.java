package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class VisitLifeCycleTest extends ServiceTest {

    @Autowired
    StudyVisitService visits;
    @Autowired
    StudyVisitFixture fixture;

    @BeforeEach
    void signIn() {
        signInAs(TestUsers.SECRETARIAT);
    }

    @Test
    void the_only_moves_are_draft_open_selection_confirmed_completed_or_cancelled_before_completion() {
        assertThat(VisitStatus.DRAFT.next()).containsExactlyInAnyOrder(VisitStatus.OPEN, VisitStatus.CANCELLED);
        assertThat(VisitStatus.OPEN.next()).containsExactlyInAnyOrder(VisitStatus.SELECTION, VisitStatus.CANCELLED);
        assertThat(VisitStatus.SELECTION.next()).containsExactlyInAnyOrder(VisitStatus.CONFIRMED, VisitStatus.CANCELLED);
        assertThat(VisitStatus.CONFIRMED.next()).containsExactlyInAnyOrder(VisitStatus.COMPLETED, VisitStatus.CANCELLED);
        assertThat(VisitStatus.COMPLETED.next()).isEmpty();
        assertThat(VisitStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void every_illegal_transition_is_refused_and_leaves_the_visit_as_it_was() {
        int refused = 0;
        for (VisitStatus from : VisitStatus.values()) {
            Set<VisitStatus> illegal = EnumSet.complementOf(EnumSet.copyOf(from.next().isEmpty()
                    ? EnumSet.noneOf(VisitStatus.class) : from.next()));
            for (VisitStatus to : illegal) {
                long id = fixture.visit(from, 5);
                assertThatThrownBy(() -> visits.moveTo(id, to, "reason"))
                        .as("%s -> %s", from, to)
                        .isInstanceOfSatisfying(InvalidInputException.class, e ->
                                assertThat(e.errorKeysByField()).containsEntry("status", "visit.error.illegal-transition"));
                assertThat(fixture.statusOfVisit(id)).isEqualTo(from);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(36 - 8);
    }

    @Test
    void a_visit_goes_through_its_whole_life() {
        long id = visits.create(fixture.draft(4));
        assertThat(fixture.statusOfVisit(id)).isEqualTo(VisitStatus.DRAFT);
        visits.moveTo(id, VisitStatus.OPEN, null);
        visits.moveTo(id, VisitStatus.SELECTION, null);
        assertThatThrownBy(() -> visits.moveTo(id, VisitStatus.CONFIRMED, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("status", "visit.error.nobody-selected"));
        fixture.application(id, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        visits.moveTo(id, VisitStatus.CONFIRMED, null);
        assertThatThrownBy(() -> visits.moveTo(id, VisitStatus.COMPLETED, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("status", "visit.error.not-started"));
        fixture.moveTo(id, fixture.today().minusDays(3));
        visits.moveTo(id, VisitStatus.COMPLETED, null);
        assertThat(fixture.statusOfVisit(id)).isEqualTo(VisitStatus.COMPLETED);
    }

    @Test
    void opening_needs_a_deadline_still_ahead() {
        long id = visits.create(fixture.draft(4));
        fixture.setDeadline(id, Instant.now().minusSeconds(60));
        assertThatThrownBy(() -> visits.moveTo(id, VisitStatus.OPEN, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("applicationDeadline", "visit.error.deadline-past"));
        assertThat(fixture.statusOfVisit(id)).isEqualTo(VisitStatus.DRAFT);
    }

    @Test
    void cancelling_needs_a_reason_and_tells_every_applicant() {
        long id = fixture.visit(VisitStatus.OPEN, 4);
        fixture.application(id, TestUsers.LEARNER, ApplicationStatus.PENDING);
        fixture.application(id, "giuseppe.esposito@example.org", ApplicationStatus.ENDORSED);
        assertThatThrownBy(() -> visits.moveTo(id, VisitStatus.CANCELLED, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("reason", "visit.error.reason-required"));

        visits.moveTo(id, VisitStatus.CANCELLED, "The venue flooded");

        assertThat(fixture.statusOfVisit(id)).isEqualTo(VisitStatus.CANCELLED);
        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-cancelled:" + id))
                .containsExactly("notification.visit.cancelled");
        assertThat(fixture.notificationKeys("giuseppe.esposito@example.org", "visit-cancelled:" + id))
                .containsExactly("notification.visit.cancelled");
    }

    @Test
    void a_coordinator_hosts_in_their_own_region_only() {
        signInAs("maria.martinez@example.org");
        assertThatThrownBy(() -> visits.create(fixture.draft(4))).isInstanceOf(AccessDeniedException.class);
        long skaneVisit = fixture.visit(VisitStatus.DRAFT, 4);
        assertThatThrownBy(() -> visits.moveTo(skaneVisit, VisitStatus.OPEN, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(visits.details(skaneVisit, "en")).as("a draft is hidden from other regions").isEmpty();
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> visits.create(fixture.draft(4))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_draft_is_refused_field_by_field() {
        VisitDraft bad = new VisitDraft(VisitKind.STUDY_VISIT, fixture.skane(), " ", "", fixture.today().plusDays(10),
                fixture.today().plusDays(5), null, 0, java.util.List.of(), Set.of("no-such-theme"), java.util.Map.of(),
                java.math.BigDecimal.valueOf(-1), java.util.List.of(), java.util.List.of(), java.util.List.of());
        assertThatThrownBy(() -> visits.create(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("title", "visit.error.title-required")
                        .containsEntry("city", "visit.error.city-required")
                        .containsEntry("endsOn", "visit.error.ends-before-start")
                        .containsEntry("applicationDeadline", "visit.error.deadline-required")
                        .containsEntry("capacity", "visit.error.capacity-range")
                        .containsEntry("workingLanguages", "visit.error.languages-required")
                        .containsEntry("themes", "visit.error.theme-unknown")
                        .containsEntry("dailyAllowance", "visit.error.amount-range"));
    }
}
