package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.PARTICIPATION_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_YEAR;
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

    @Test
    void a_persons_month_bits_follow_the_entries_added_and_removed() {
        long learner = fixture.userId(TestUsers.LEARNER);
        fixture.entry(TestUsers.LEARNER, ParticipationKind.MODULE_ENROLLED, LocalDate.of(2031, 3, 10), "0", "health");
        fixture.entry(TestUsers.LEARNER, ParticipationKind.MODULE_ENROLLED, LocalDate.of(2031, 11, 2), "0", "");
        fixture.entry(TestUsers.LEARNER, ParticipationKind.MODULE_ENROLLED, LocalDate.of(2031, 11, 20), "0", "");

        assertThat(monthBits(learner, "")).isEqualTo((1 << 2) | (1 << 10));
        assertThat(monthBits(learner, "health")).isEqualTo(1 << 2);

        fixture.removeEntries();

        assertThat(monthBits(learner, "")).isNull();
        assertThat(monthBits(learner, "health")).isNull();
    }

    private Integer monthBits(long userId, String topic) {
        return db.select(PARTICIPATION_PERSON_YEAR.MONTHS).from(PARTICIPATION_PERSON_YEAR)
                .where(PARTICIPATION_PERSON_YEAR.USER_ID.eq(userId)).and(PARTICIPATION_PERSON_YEAR.TOPIC.eq(topic))
                .and(PARTICIPATION_PERSON_YEAR.YEAR.eq((short) 2031)).fetchOne(0, Integer.class);
    }
}
