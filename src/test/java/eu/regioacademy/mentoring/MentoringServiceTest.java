package eu.regioacademy.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class MentoringServiceTest extends ServiceTest {

    @Autowired
    MentoringCycleService cycles;
    @Autowired
    PairingService pairings;
    @Autowired
    SessionService sessions;
    @Autowired
    MentoringNudges nudges;
    @Autowired
    MentoringFixture fixture;

    @Test
    void suggestions_share_a_language_and_come_best_first_with_their_reasons() {
        long request = fixture.request(MentoringFixture.JIRI);
        signInAs(MentoringFixture.JIRI);
        var suggestions = cycles.suggestions(request);
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
        assertThat(suggestions).allSatisfy(s -> assertThat(s.reasons().getFirst().key()).isEqualTo("match.reason.language"));
        signInAs(MentoringFixture.OLENA);
        assertThatThrownBy(() -> cycles.suggestions(request)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_secretariat_previews_an_optimal_plan_and_proposes_it_and_both_people_accept() {
        signInAs(TestUsers.SECRETARIAT);
        MatchPlan plan = cycles.plan(fixture.demoCycle(), MatchMode.MOST_MATCHED);
        assertThat(plan.pairs()).extracting(MatchPlan.Planned::menteeName).contains("Jiří Novák", "Олена Коваленко");
        assertThat(plan.matchedCount()).isEqualTo(plan.pairs().size());

        MatchPlan.Planned jiri = plan.pairs().stream().filter(p -> p.menteeName().equals("Jiří Novák")).findFirst().orElseThrow();
        assertThat(cycles.proposeAll(Map.of(jiri.requestId(), jiri.mentorId()))).isEqualTo(1);
        signInAs(MentoringFixture.JIRI);
        var mine = pairings.mine();
        assertThat(mine).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PairingStatus.PROPOSED));
        long pairing = mine.getFirst().id();
        pairings.accept(pairing);
        assertThat(fixture.status(pairing)).isEqualTo(PairingStatus.PROPOSED);
        signInAs(TestUsers.SECRETARIAT);
        long id = pairing;
        assertThatThrownBy(() -> pairings.accept(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mentor_never_gets_more_mentees_than_their_capacity() {
        long eleni = fixture.userId("eleni.papadopoulou@example.org"); // capacity 2
        long r1 = fixture.request(MentoringFixture.JIRI);
        long r2 = fixture.request(MentoringFixture.OLENA);
        long r3 = fixture.request("francesca.lorusso@example.org");
        signInAs(TestUsers.SECRETARIAT);
        var all = new java.util.LinkedHashMap<Long, Long>();
        all.put(r1, eleni);
        all.put(r2, eleni);
        all.put(r3, eleni);
        assertThatThrownBy(() -> cycles.proposeAll(all)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("mentor", "pairing.error.mentor-full"));
        assertThat(fixture.requestStatus(r3)).isEqualTo("OPEN");
    }

    @Test
    void declining_sends_the_request_back_to_matching() {
        long request = fixture.request(MentoringFixture.JIRI);
        signInAs(MentoringFixture.JIRI);
        long pairing = cycles.chooseMentor(request, fixture.userId(MentoringFixture.MENTOR));
        signInAs(MentoringFixture.MENTOR);
        assertThatThrownBy(() -> pairings.decline(pairing, " ")).isInstanceOf(InvalidInputException.class);
        pairings.decline(pairing, "Full this semester");
        assertThat(fixture.status(pairing)).isEqualTo(PairingStatus.DECLINED);
        assertThat(fixture.requestStatus(request)).isEqualTo("OPEN");
        assertThat(fixture.notifications(MentoringFixture.JIRI, "pairing-declined:" + pairing)).isEqualTo(1);
    }

    @Test
    void accepted_by_both_the_pairing_becomes_active() {
        long request = fixture.request(MentoringFixture.JIRI);
        signInAs(MentoringFixture.JIRI);
        long pairing = cycles.chooseMentor(request, fixture.userId(MentoringFixture.MENTOR));
        signInAs(MentoringFixture.MENTOR);
        pairings.accept(pairing);
        assertThat(fixture.status(pairing)).isEqualTo(PairingStatus.ACTIVE);
    }

    @Test
    void session_notes_are_read_by_the_two_people_only() {
        long pairing = fixture.demoPairing();
        signInAs(TestUsers.LEARNER);
        assertThat(pairings.details(pairing).sessions()).anySatisfy(s -> assertThat(s.notes()).isNotBlank());
        for (String observer : new String[] {TestUsers.COORDINATOR, TestUsers.SECRETARIAT}) {
            signInAs(observer);
            PairingDetails seen = pairings.details(pairing);
            assertThat(seen.party()).isEqualTo(PairingDetails.Party.OBSERVER);
            assertThat(seen.sessions()).isNotEmpty().allSatisfy(s -> {
                assertThat(s.notes()).isNull();
                assertThat(s.agreedActions()).isNull();
            });
            long session = seen.sessions().getFirst().id();
            assertThatThrownBy(() -> sessions.saveNotes(session, "x", "y")).isInstanceOf(AccessDeniedException.class);
        }
        signInAs("maria.martinez@example.org"); // a coordinator of a region not in the pair
        assertThatThrownBy(() -> pairings.details(pairing)).isInstanceOf(AccessDeniedException.class);
        signInAs(MentoringFixture.OLENA);
        assertThatThrownBy(() -> pairings.details(pairing)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_session_is_refused_outside_the_mentors_availability_or_when_either_person_is_busy() {
        long demo = fixture.demoPairing();
        long other = fixture.activePairing(MentoringFixture.MENTOR, MentoringFixture.OLENA);
        Instant tuesday = nextTuesdayMadrid(16);
        signInAs(TestUsers.LEARNER);
        sessions.propose(demo, tuesday.plus(Duration.ofDays(7)), Duration.ofMinutes(60), "Online");
        assertThatThrownBy(() -> sessions.propose(demo, tuesday.plus(Duration.ofDays(7)).minus(Duration.ofHours(3)),
                Duration.ofMinutes(60), "Online")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("start", "session.error.outside-availability"));

        signInAs(MentoringFixture.OLENA);
        assertThatThrownBy(() -> sessions.propose(other, tuesday.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(30)),
                Duration.ofMinutes(60), "Online")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("start", "session.error.mentor-busy"));
    }

    @Test
    void availability_follows_the_mentors_wall_clock_across_a_summer_time_change() {
        long demo = fixture.demoPairing();
        signInAs(TestUsers.LEARNER);
        // Madrid moves to summer time on the last Sunday of March 2027; the window is Tuesday 15:00-18:00 local
        Instant beforeInside = Instant.parse("2027-03-23T14:30:00Z"); // 15:30 CET
        Instant sameUtcBefore = Instant.parse("2027-03-23T13:30:00Z"); // 14:30 CET: outside
        Instant sameUtcAfter = Instant.parse("2027-03-30T13:30:00Z"); // 15:30 CEST: inside
        sessions.propose(demo, beforeInside, Duration.ofMinutes(60), "Online");
        sessions.propose(demo, sameUtcAfter, Duration.ofMinutes(60), "Online");
        assertThatThrownBy(() -> sessions.propose(demo, sameUtcBefore, Duration.ofMinutes(45), "Online"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("start", "session.error.outside-availability"));
    }

    @Test
    void a_pair_without_a_session_for_four_weeks_is_quiet_and_nudged_once() {
        long pairing = fixture.demoPairing();
        Instant now = Instant.now();
        nudges.nudge(now);
        assertThat(fixture.notifications(TestUsers.LEARNER, "mentoring-quiet:" + pairing)).isZero();

        Instant sixWeeksOn = now.plus(Duration.ofDays(42));
        nudges.nudge(sixWeeksOn);
        nudges.nudge(sixWeeksOn.plus(Duration.ofDays(1)));
        assertThat(fixture.notifications(TestUsers.LEARNER, "mentoring-quiet:" + pairing)).isEqualTo(1);
        assertThat(fixture.notifications(MentoringFixture.MENTOR, "mentoring-quiet:" + pairing)).isEqualTo(1);
    }

    @Test
    void completing_issues_both_certificates() {
        long pairing = fixture.demoPairing();
        signInAs(MentoringFixture.MENTOR);
        pairings.complete(pairing);
        assertThat(fixture.status(pairing)).isEqualTo(PairingStatus.COMPLETED);
        signInAs(TestUsers.LEARNER);
        assertThat(certificatesOf()).anySatisfy(c -> assertThat(c).isEqualTo("MENTEE_COMPLETION"));
        signInAs(MentoringFixture.MENTOR);
        assertThat(certificatesOf()).anySatisfy(c -> assertThat(c).isEqualTo("MENTOR_RECOGNITION"));
        pairings.giveFeedback(pairing, 5, "Desk designed, indicators agreed");
        assertThatThrownBy(() -> pairings.giveFeedback(pairing, 5, "again")).isInstanceOf(InvalidInputException.class);
    }

    @Autowired
    eu.regioacademy.certificates.CertificateService certificateService;

    private java.util.List<String> certificatesOf() {
        return certificateService.mine().stream().map(c -> c.kind().name()).toList();
    }

    private static Instant nextTuesdayMadrid(int hour) {
        var zone = java.time.ZoneId.of("Europe/Madrid");
        return java.time.LocalDate.now(zone).plusDays(1).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY))
                .atTime(hour, 0).atZone(zone).toInstant();
    }
}
