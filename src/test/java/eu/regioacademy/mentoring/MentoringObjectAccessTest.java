package eu.regioacademy.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Ids of pairings, sessions and requests travel in addresses and calls: another person of the
 * same role who knows or guesses one is refused, whatever the action.
 */
class MentoringObjectAccessTest extends ServiceTest {

    /** A mentor, like the demo pairing's mentor, but not in that pairing. */
    private static final String OTHER_MENTOR = "giuseppe.esposito@example.org";

    @Autowired
    PairingService pairings;
    @Autowired
    SessionService sessions;
    @Autowired
    MentoringCycleService cycles;
    @Autowired
    MentoringFixture fixture;

    @Test
    void another_mentor_can_neither_read_nor_change_a_pairing_its_sessions_or_their_notes() {
        long pairing = fixture.demoPairing();
        long planned = fixture.startedSession(pairing, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
        signInAs(TestUsers.LEARNER);
        long withNotes = pairings.details(pairing).sessions().stream().filter(s -> s.notes() != null && !s.notes().isBlank())
                .findFirst().orElseThrow().id();

        signInAs(OTHER_MENTOR);
        assertThatThrownBy(() -> pairings.details(pairing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.saveNotes(withNotes, "overwritten", "none")).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.ics(withNotes)).isEmpty();
        assertThatThrownBy(() -> sessions.markHeld(planned)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.cancel(planned, "not mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.reschedule(planned, Instant.now().plus(Duration.ofDays(3)), Duration.ofHours(1), "Online"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.propose(pairing, Instant.now().plus(Duration.ofDays(3)), Duration.ofHours(1), "Online"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.saveAgreement(pairing, "weekly", LocalDate.now().plusMonths(3), List.of("a goal")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.acceptAgreement(pairing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.updateGoal(pairing, 1, 50, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.end(pairing, "not mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.complete(pairing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.giveFeedback(pairing, 5, "all")).isInstanceOf(AccessDeniedException.class);
        assertThat(pairings.mine()).noneMatch(p -> p.id() == pairing);
    }

    @Test
    void another_learner_cannot_read_a_pairings_notes_nor_choose_a_mentor_for_someone_elses_request() {
        long pairing = fixture.demoPairing();
        long jirisRequest = fixture.request(MentoringFixture.JIRI);
        signInAs(MentoringFixture.OLENA);
        assertThatThrownBy(() -> pairings.details(pairing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.accept(pairing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.decline(pairing, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycles.chooseMentor(jirisRequest, fixture.userId(MentoringFixture.MENTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycles.suggestions(jirisRequest)).isInstanceOf(AccessDeniedException.class);
        assertThat(cycles.myRequests()).noneMatch(r -> r.id() == jirisRequest);
    }
}
