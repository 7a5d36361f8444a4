package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ConcurrentAttempts;
import eu.regioacademy.TestUsers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Real parallel transactions: two mentees of one mentor propose overlapping hours at once. Committed, then removed. */
@SpringBootTest
@ActiveProfiles("test")
class SessionBookingConcurrencyTest {

    @Autowired
    SessionService sessions;
    @Autowired
    MentoringFixture fixture;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext db;

    @AfterEach
    void remove() {
        transaction.executeWithoutResult(s -> fixture.removePairingsOf(MentoringFixture.OLENA, MentoringFixture.JIRI));
    }

    @Test
    void twenty_proposals_for_overlapping_hours_with_one_mentor_book_one_session_and_refuse_the_rest_cleanly()
            throws Exception {
        long[] pairing = new long[2];
        transaction.executeWithoutResult(s -> {
            pairing[0] = fixture.activePairing(MentoringFixture.MENTOR, MentoringFixture.OLENA);
            pairing[1] = fixture.activePairing(MentoringFixture.MENTOR, MentoringFixture.JIRI);
        });
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        Instant start = LocalDate.now(madrid).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))
                .atTime(10, 0).atZone(madrid).toInstant();
        Authentication olena = TestUsers.signIn(context, MentoringFixture.OLENA);
        Authentication jiri = TestUsers.signIn(context, MentoringFixture.JIRI);
        SecurityContextHolder.clearContext();

        // every proposal starts within the same 45 minutes and lasts an hour: any two overlap
        ConcurrentAttempts.Outcome outcome = ConcurrentAttempts.run(ConcurrentAttempts.TWENTY, i -> i % 2 == 0 ? olena : jiri,
                i -> sessions.propose(pairing[i % 2], start.plus(Duration.ofMinutes(15L * (i % 4))), Duration.ofMinutes(60),
                        "Online")).assertOnlyDomainRefusals();

        assertThat(outcome.succeeded()).isEqualTo(1);
        assertThat(outcome.refusals()).hasSize(19);
        assertThat(db.fetchCount(MENTORING_SESSION, MENTORING_SESSION.PAIRING_ID.in(pairing[0], pairing[1]))).isEqualTo(1);
    }
}
