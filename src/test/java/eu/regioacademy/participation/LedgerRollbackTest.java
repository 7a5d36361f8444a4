package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
import eu.regioacademy.exchanges.AllocationService;
import eu.regioacademy.exchanges.ExchangeFixture;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.mentoring.SessionService;
import eu.regioacademy.training.ContentImportService;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.TrainingFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An activity whose transaction rolls back leaves no ledger entry: the entry is written in the
 * activity's own transaction, not in one of its own. Real transactions, so not rolled back by
 * the test framework: what the set-up commits is removed through the fixtures.
 */
@SpringBootTest
@ActiveProfiles("test")
class LedgerRollbackTest {

    private static final String OLENA = MentoringFixture.OLENA;

    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationContext context;
    @Autowired
    LedgerFixture ledger;
    @Autowired
    MentoringFixture mentoring;
    @Autowired
    ExchangeFixture exchange;
    @Autowired
    SessionService sessions;
    @Autowired
    AllocationService allocations;
    @Autowired
    LearningService learning;
    @Autowired
    ContentImportService importer;
    @Autowired
    DSLContext db;

    private TransactionTemplate transaction;

    @BeforeEach
    void transactions() {
        transaction = new TransactionTemplate(transactionManager);
        TestUsers.useSecurityContextOf(context);
    }

    @AfterEach
    void remove() {
        TestUsers.useSecurityContextOf(context);
        SecurityContextHolder.clearContext();
        transaction.executeWithoutResult(s -> {
            mentoring.removePairingsOf(OLENA);
            exchange.removeOf(OLENA);
            TrainingFixture.removeEnrolments(db, TrainingFixture.BASICS, TestUsers.LEARNER);
        });
    }

    /** Runs the activity in a transaction that is then marked rollback-only; returns what it saw inside. */
    private <T> T rolledBack(java.util.function.Supplier<T> activity) {
        return transaction.execute(status -> {
            T seen = activity.get();
            status.setRollbackOnly();
            return seen;
        });
    }

    private <T> T committed(java.util.function.Supplier<T> action) {
        return transaction.execute(status -> action.get());
    }

    @Test
    void a_session_marked_held_in_a_rolled_back_transaction_leaves_no_entry() {
        long session = committed(() -> mentoring.startedSession(mentoring.activePairing(MentoringFixture.MENTOR, OLENA),
                Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES), Duration.ofMinutes(60)));
        TestUsers.signIn(context, OLENA);

        int inside = rolledBack(() -> {
            sessions.markHeld(session);
            return ledger.entriesOf("mentoring_session_mentee", session).size()
                    + ledger.entriesOf("mentoring_session_mentor", session).size();
        });

        assertThat(inside).as("written inside the transaction").isEqualTo(2);
        transaction.executeWithoutResult(afterwards -> {
            assertThat(ledger.entriesOf("mentoring_session_mentee", session)).isEmpty();
            assertThat(ledger.entriesOf("mentoring_session_mentor", session)).isEmpty();
        });
    }

    @Test
    void an_exchange_recognition_in_a_rolled_back_transaction_leaves_neither_entry_nor_certificate() {
        LocalDate from = exchange.call().periodStarts().plusWeeks(1);
        long application = committed(() -> exchange.application(OLENA, exchange.placement("Puglia"), 1, from,
                from.plusWeeks(2).minusDays(1), true));
        TestUsers.signIn(context, TestUsers.SECRETARIAT);
        long allocation = allocations.allocate(application);
        TestUsers.signIn(context, OLENA);
        allocations.submitReport(allocation, "Drafted the call text", "AMIF eligibility rules");
        TestUsers.signIn(context, "francesca.lorusso@example.org");
        allocations.evaluate(allocation, "A full member of the team.");
        allocations.signRecognition(allocation);
        TestUsers.signIn(context, TestUsers.COORDINATOR);

        List<ParticipationKind> inside = rolledBack(() -> {
            allocations.signRecognition(allocation);
            return ledger.entriesOf("exchange_allocation", allocation).stream().map(LedgerFixture.Recorded::kind).toList();
        });

        assertThat(inside).as("written inside the transaction").containsExactly(ParticipationKind.EXCHANGE_COMPLETED);
        transaction.executeWithoutResult(afterwards -> {
            assertThat(ledger.entriesOf("exchange_allocation", allocation)).isEmpty();
            assertThat(db.fetchCount(CERTIFICATE, CERTIFICATE.SOURCE_TYPE.eq("exchange_allocation")
                    .and(CERTIFICATE.SOURCE_ID.eq(allocation)))).as("certificate").isZero();
        });
    }

    @Test
    void an_enrolment_in_a_rolled_back_transaction_leaves_no_entry() {
        committed(() -> importer.importFrom(TrainingFixture.folder()));
        TestUsers.signIn(context, TestUsers.LEARNER);
        int before = committed(() -> ledger.count(ParticipationKind.MODULE_ENROLLED));

        long enrolment = rolledBack(() -> {
            learning.enrol(TrainingFixture.BASICS);
            long id = TrainingFixture.enrolmentId(db, TrainingFixture.BASICS, TestUsers.LEARNER);
            assertThat(ledger.entriesOf("enrolment", id)).as("written inside the transaction").hasSize(1);
            return id;
        });

        transaction.executeWithoutResult(afterwards -> {
            assertThat(ledger.entriesOf("enrolment", enrolment)).isEmpty();
            assertThat(ledger.count(ParticipationKind.MODULE_ENROLLED)).isEqualTo(before);
            assertThat(TrainingFixture.enrolmentIds(db, TrainingFixture.BASICS, TestUsers.LEARNER)).isEmpty();
        });
    }
}
