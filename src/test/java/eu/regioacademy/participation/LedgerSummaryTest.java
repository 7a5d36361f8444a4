package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.PARTICIPATION_MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monthly summary moves with the entries a call adds, never with those recorded before. */
class LedgerSummaryTest extends ServiceTest {

    @Autowired
    ParticipationLedger ledger;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    DSLContext db;

    @Test
    void an_entry_recorded_again_next_to_a_new_one_is_counted_once() {
        long learner = fixture.userId(TestUsers.LEARNER);
        Instant at = Instant.parse("2031-03-10T10:00:00Z");
        ParticipationEntry first = new ParticipationEntry(learner, ParticipationKind.MODULE_ENROLLED, at, BigDecimal.ZERO,
                LedgerFixture.SOURCE, 1);
        ParticipationEntry second = new ParticipationEntry(learner, ParticipationKind.MODULE_ENROLLED, at, BigDecimal.ZERO,
                LedgerFixture.SOURCE, 2);

        ledger.record(first);
        int added = ledger.recordAll(List.of(second, first));

        assertThat(added).isEqualTo(1);
        BigDecimal counted = db.select(DSL.sum(PARTICIPATION_MONTH.ENTRIES)).from(PARTICIPATION_MONTH)
                .where(PARTICIPATION_MONTH.MONTH.eq(LocalDate.of(2031, 3, 1))).and(PARTICIPATION_MONTH.TOPIC.eq(""))
                .fetchOne(0, BigDecimal.class);
        assertThat(counted).isEqualByComparingTo("2");
    }
}
