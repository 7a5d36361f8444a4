package eu.regioacademy.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.exchanges.AllocationService;
import eu.regioacademy.exchanges.ExchangeFixture;
import eu.regioacademy.exchanges.ExchangeService;
import eu.regioacademy.exchanges.Placement;
import eu.regioacademy.mentoring.MentoringCycleService;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.mentoring.PairingService;
import eu.regioacademy.mentoring.RequestDraft;
import eu.regioacademy.mentoring.SessionService;
import eu.regioacademy.mentoring.SessionStatus;
import eu.regioacademy.mentoring.SessionView;
import eu.regioacademy.participation.LedgerFixture.Recorded;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.training.ContentImportService;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.TrainingAdminService;
import eu.regioacademy.training.TrainingFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The ledger entries of mentoring, exchanges and training, driven through each feature's
 * services: how many, for whom, in which region, how much and on which topics; and none when
 * the service refuses. (Certificates: {@link CertificateLedgerTest}; study visits:
 * AttendanceCertificatesTest; a rolled-back transaction: {@link LedgerRollbackTest}.)
 */
class LedgerEntriesTest extends ServiceTest {

    private static final String ANA = "ana.sousa@example.org"; // Lisbon (PT20), no mentoring request in the demo
    private static final String ELENI = "eleni.papadopoulou@example.org"; // mentor in Attica (EL30), speaks English
    private static final String OLENA = MentoringFixture.OLENA; // Skåne
    private static final String FRANCESCA = "francesca.lorusso@example.org"; // supervisor of the Puglia placement

    @Autowired
    LedgerFixture ledger;
    @Autowired
    MentoringFixture mentoring;
    @Autowired
    ExchangeFixture exchange;
    @Autowired
    MentoringCycleService cycles;
    @Autowired
    PairingService pairings;
    @Autowired
    SessionService sessions;
    @Autowired
    ExchangeService exchanges;
    @Autowired
    AllocationService allocations;
    @Autowired
    LearningService learning;
    @Autowired
    TrainingAdminService trainingAdmin;
    @Autowired
    ContentImportService importer;
    @Autowired
    DSLContext db;

    // --- mentoring -------------------------------------------------------------------------

    /** Ana asks for mentoring on two topics, chooses Eleni, and Eleni accepts: an active pairing, all through the services. */
    private long activePairingOfAnaWithEleni() {
        signInAs(ANA);
        long request = cycles.request(new RequestDraft(mentoring.demoCycle(), "Measure what our health mediators achieve.",
                Set.of("health", "indicators"), List.of("en"), true, true));
        long pairing = cycles.chooseMentor(request, mentoring.userId(ELENI));
        signInAs(ELENI);
        pairings.accept(pairing);
        return pairing;
    }

    private static Instant begunAt() {
        return Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void a_session_marked_held_writes_one_entry_for_the_mentee_and_one_for_the_mentor_each_in_their_own_region() {
        long pairing = activePairingOfAnaWithEleni();
        Instant start = begunAt();
        long session = mentoring.startedSession(pairing, start, Duration.ofMinutes(90));
        int before = ledger.count(ParticipationKind.MENTORING_SESSION_HELD);

        signInAs(ANA);
        sessions.markHeld(session);

        assertThat(ledger.count(ParticipationKind.MENTORING_SESSION_HELD)).isEqualTo(before + 2);
        assertThat(ledger.entriesOf("mentoring_session_mentee", session)).singleElement().satisfies(e ->
                assertEntry(e, ANA, ParticipationKind.MENTORING_SESSION_HELD, "1.50", Set.of("health", "indicators"), start));
        assertThat(ledger.entriesOf("mentoring_session_mentor", session)).singleElement().satisfies(e ->
                assertEntry(e, ELENI, ParticipationKind.MENTORING_SESSION_HELD, "1.50", Set.of("health", "indicators"), start));
        assertThat(ledger.regionOf(ANA)).as("the two live in different regions").isNotEqualTo(ledger.regionOf(ELENI));

        signInAs(ELENI);
        assertThatThrownBy(() -> sessions.markHeld(session)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("session", "session.error.not-planned"));
        assertThat(ledger.count(ParticipationKind.MENTORING_SESSION_HELD)).isEqualTo(before + 2);
    }

    @Test
    void completing_a_pairing_writes_one_completed_entry_for_each_of_the_two_with_the_hours_held_and_the_topics() {
        long pairing = activePairingOfAnaWithEleni();
        long session = mentoring.startedSession(pairing, begunAt(), Duration.ofMinutes(90));
        signInAs(ANA);
        sessions.markHeld(session);
        int before = ledger.count(ParticipationKind.MENTORING_COMPLETED);

        signInAs(ELENI);
        pairings.complete(pairing);

        assertThat(ledger.count(ParticipationKind.MENTORING_COMPLETED)).isEqualTo(before + 2);
        assertThat(ledger.entriesOf("mentoring_pairing_mentee", pairing)).singleElement().satisfies(e ->
                assertEntry(e, ANA, ParticipationKind.MENTORING_COMPLETED, "1.5", Set.of("health", "indicators"), null));
        assertThat(ledger.entriesOf("mentoring_pairing_mentor", pairing)).singleElement().satisfies(e ->
                assertEntry(e, ELENI, ParticipationKind.MENTORING_COMPLETED, "1.5", Set.of("health", "indicators"), null));

        assertThatThrownBy(() -> pairings.complete(pairing)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("pairing", "pairing.error.not-active"));
        assertThat(ledger.count(ParticipationKind.MENTORING_COMPLETED)).isEqualTo(before + 2);
    }

    @Test
    void marking_held_a_session_that_has_not_begun_writes_no_entry() {
        long pairing = mentoring.demoPairing();
        signInAs(TestUsers.LEARNER);
        SessionView upcoming = pairings.details(pairing).sessions().stream()
                .filter(s -> s.status() == SessionStatus.PLANNED && s.startsAt().isAfter(Instant.now()))
                .findFirst().orElseThrow();
        int before = ledger.count(ParticipationKind.MENTORING_SESSION_HELD);

        assertThatThrownBy(() -> sessions.markHeld(upcoming.id())).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("session", "session.error.not-yet"));

        assertThat(ledger.count(ParticipationKind.MENTORING_SESSION_HELD)).isEqualTo(before);
        assertThat(ledger.entriesOf("mentoring_session_mentee", upcoming.id())).isEmpty();
        assertThat(ledger.entriesOf("mentoring_session_mentor", upcoming.id())).isEmpty();
    }

    @Test
    void completing_someone_elses_pairing_is_refused_and_writes_no_entry() {
        long pairing = mentoring.demoPairing(); // Elin and Jordi
        int before = ledger.count(ParticipationKind.MENTORING_COMPLETED);
        for (String outsider : List.of(MentoringFixture.JIRI, TestUsers.SECRETARIAT)) {
            signInAs(outsider);
            assertThatThrownBy(() -> pairings.complete(pairing)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(ledger.count(ParticipationKind.MENTORING_COMPLETED)).isEqualTo(before);
        assertThat(ledger.entriesOf("mentoring_pairing_mentee", pairing)).isEmpty();
        assertThat(ledger.entriesOf("mentoring_pairing_mentor", pairing)).isEmpty();
    }

    // --- exchanges -------------------------------------------------------------------------

    @Test
    void an_exchange_recognised_by_both_regions_writes_one_completed_entry_with_its_weeks_and_the_placements_topics() {
        Placement puglia = exchange.placement("Puglia");
        LocalDate from = exchange.call().periodStarts().plusWeeks(1);
        LocalDate until = from.plusDays(16); // 17 days: 2.4 weeks
        signInAs(OLENA);
        long application = exchanges.apply(puglia.id(), 1, "Learn how Puglia runs its AMIF calls", from, until);
        signInAs(TestUsers.COORDINATOR); // Olena's coordinator in Skåne
        exchanges.endorse(application, true, null);
        signInAs(TestUsers.SECRETARIAT);
        long allocation = allocations.allocate(application);
        signInAs(OLENA);
        allocations.submitReport(allocation, "Drafted the call text", "AMIF eligibility rules");
        int before = ledger.count(ParticipationKind.EXCHANGE_COMPLETED);

        signInAs(FRANCESCA);
        assertThatThrownBy(() -> allocations.signRecognition(allocation)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("recognition", "exchange.error.not-ready"));
        assertThat(ledger.entriesOf("exchange_allocation", allocation)).as("refused before the evaluation").isEmpty();
        allocations.evaluate(allocation, "A full member of the team from the first week.");
        allocations.signRecognition(allocation);
        assertThat(ledger.entriesOf("exchange_allocation", allocation)).as("the sending region has not signed").isEmpty();

        signInAs(TestUsers.COORDINATOR);
        allocations.signRecognition(allocation);
        allocations.signRecognition(allocation); // signing again recognises nothing new

        assertThat(ledger.count(ParticipationKind.EXCHANGE_COMPLETED)).isEqualTo(before + 1);
        assertThat(ledger.entriesOf("exchange_allocation", allocation)).singleElement().satisfies(e ->
                assertEntry(e, OLENA, ParticipationKind.EXCHANGE_COMPLETED, "2.4", Set.copyOf(puglia.topics()),
                        until.atStartOfDay(ZoneOffset.UTC).toInstant()));
        assertThat(puglia.topics()).isNotEmpty();
    }

    // --- training --------------------------------------------------------------------------

    private void completeModule(String code, Map<String, Set<String>> rightAnswers) {
        learning.module(code, "en").orElseThrow().lessons().forEach(l -> learning.markLessonDone(code, l.slug()));
        assertThat(learning.submitQuiz(learning.startQuiz(code, "en").attemptId(), rightAnswers, "en").moduleCompleted()).isTrue();
    }

    @Test
    void enrolling_twice_gives_one_enrolled_entry_and_completion_carries_the_modules_topics_and_hours() {
        importer.importFrom(TrainingFixture.folder());
        signInAs(TestUsers.LEARNER);
        learning.enrol(TrainingFixture.BASICS);
        learning.enrol(TrainingFixture.BASICS);
        long basics = TrainingFixture.enrolmentId(db, TrainingFixture.BASICS, TestUsers.LEARNER);
        assertThat(ledger.entriesOf("enrolment", basics)).singleElement().satisfies(e ->
                assertEntry(e, TestUsers.LEARNER, ParticipationKind.MODULE_ENROLLED, "0", Set.of("peer-learning"), null));

        completeModule(TrainingFixture.BASICS, Map.of("q1", Set.of("a"), "q2", Set.of("a", "c"), "q3", Set.of("false")));
        learning.enrol(TrainingFixture.BASICS); // once more, after completing
        learning.enrol(TrainingFixture.ADVANCED);
        completeModule(TrainingFixture.ADVANCED, Map.of("q1", Set.of("true")));
        long advanced = TrainingFixture.enrolmentId(db, TrainingFixture.ADVANCED, TestUsers.LEARNER);

        assertThat(ledger.entriesOf("enrolment", basics)).extracting(Recorded::kind)
                .containsExactly(ParticipationKind.MODULE_ENROLLED, ParticipationKind.MODULE_COMPLETED);
        assertThat(ledger.entriesOf("enrolment", basics).getLast()).satisfies(e -> // 30 minutes, one topic
                assertEntry(e, TestUsers.LEARNER, ParticipationKind.MODULE_COMPLETED, "0.50", Set.of("peer-learning"), null));
        assertThat(ledger.entriesOf("enrolment", advanced)).extracting(Recorded::kind)
                .containsExactly(ParticipationKind.MODULE_ENROLLED, ParticipationKind.MODULE_COMPLETED);
        assertThat(ledger.entriesOf("enrolment", advanced).getLast()).satisfies(e -> // 90 minutes, both topics of module_topic
                assertEntry(e, TestUsers.LEARNER, ParticipationKind.MODULE_COMPLETED, "1.50", Set.of("peer-learning", "funding"), null));
    }

    @Test
    void a_cohort_enrolment_writes_one_enrolled_entry_per_new_learner_and_none_for_one_already_enrolled() {
        importer.importFrom(TrainingFixture.folder());
        signInAs(TestUsers.LEARNER);
        learning.enrol(TrainingFixture.BASICS);
        long elins = TrainingFixture.enrolmentId(db, TrainingFixture.BASICS, TestUsers.LEARNER);
        long skane = ledger.regionOf(TestUsers.LEARNER);
        int before = ledger.count(ParticipationKind.MODULE_ENROLLED);

        signInAs(TestUsers.SECRETARIAT);
        int added = trainingAdmin.enrolCohort(TrainingFixture.BASICS, List.of(skane));

        assertThat(added).isPositive();
        assertThat(ledger.count(ParticipationKind.MODULE_ENROLLED)).isEqualTo(before + added);
        assertThat(ledger.entriesOf("enrolment", elins)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ParticipationKind.MODULE_ENROLLED));
        var enrolments = TrainingFixture.enrolmentIds(db, TrainingFixture.BASICS, null);
        assertThat(enrolments).hasSize(added + 1);
        for (long enrolment : enrolments) {
            assertThat(ledger.entriesOf("enrolment", enrolment)).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(ParticipationKind.MODULE_ENROLLED);
                assertThat(e.regionId()).isEqualTo(skane);
                assertThat(e.topics()).containsExactly("peer-learning");
            });
        }
    }

    @Test
    void an_enrolment_refused_for_open_prerequisites_writes_no_entry() {
        importer.importFrom(TrainingFixture.folder());
        signInAs(TestUsers.LEARNER);
        int before = ledger.count(ParticipationKind.MODULE_ENROLLED);
        assertThatThrownBy(() -> learning.enrol(TrainingFixture.ADVANCED)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("module", "training.error.prerequisites-open"));
        assertThat(ledger.count(ParticipationKind.MODULE_ENROLLED)).isEqualTo(before);
        assertThat(TrainingFixture.enrolmentIds(db, TrainingFixture.ADVANCED, TestUsers.LEARNER)).isEmpty();
    }

    /**
     * One entry as recorded: the person, their app_user.region_id, the kind, the quantity, the
     * topics, and (when given) when it happened.
     */
    private void assertEntry(Recorded entry, String email, ParticipationKind kind, String quantity, Set<String> topics,
                             Instant occurredAt) {
        assertThat(entry.userId()).as("person").isEqualTo(ledger.userId(email));
        assertThat(entry.regionId()).as("region of %s", email).isEqualTo(ledger.regionOf(email));
        assertThat(entry.kind()).isEqualTo(kind);
        assertThat(entry.quantity()).as("quantity").isEqualByComparingTo(quantity);
        assertThat(entry.topics()).as("topics").isEqualTo(topics);
        if (occurredAt != null) assertThat(entry.occurredAt()).as("occurred at").isEqualTo(occurredAt);
    }
}
