package eu.regioacademy.scale;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.LESSON_PROGRESS;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static eu.regioacademy.db.Tables.PARTICIPATION_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_YEAR;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_YEAR_TOTAL;
import static eu.regioacademy.db.Tables.QUIZ_ATTEMPT;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.IntegrationTest;
import eu.regioacademy.training.GeneratedTraining;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The generator at a hundredth of the network size, in a transaction rolled back afterwards:
 * the sizes asked for, learning that is consistent with itself, and a ledger whose entries
 * and summaries agree with the activities behind them.
 */
@IntegrationTest
class ScaleDataGeneratorTest {

    private static final ScaleSize SIZE = ScaleSize.network().dividedBy(100);

    @Autowired
    ScaleDataGenerator generator;
    @Autowired
    DSLContext db;

    /** One generation (it takes a while even at this size), checked three ways. */
    @Test
    void generates_a_consistent_network_at_a_hundredth_of_its_size() {
        generator.generate(SIZE, 7);

        writes_the_sizes_asked_for();
        a_completed_enrolment_has_every_lesson_done_and_a_passed_quiz();
        the_ledger_records_each_enrolment_completion_and_certificate_once_and_its_summaries_agree();
    }

    private void writes_the_sizes_asked_for() {
        assertThat(db.fetchCount(REGION)).isEqualTo(SIZE.regions());
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.endsWith("@staff.regio-academy.example"))).isEqualTo(SIZE.people());
        assertThat(db.fetchCount(TRAINING_MODULE, TRAINING_MODULE.CODE.startsWith(GeneratedTraining.CODE_PREFIX)
                .and(TRAINING_MODULE.CURRENT_VERSION_ID.isNotNull()))).isEqualTo(SIZE.modules());
        assertThat(generatedEnrolments()).isEqualTo(SIZE.enrolments());
        assertThat(db.fetchCount(CERTIFICATE)).isGreaterThanOrEqualTo(SIZE.certificates());
        assertThat(db.fetchCount(PARTICIPATION_ENTRY)).isEqualTo(SIZE.ledgerEntries());
        assertThat(generator.generated()).isTrue();
    }

    private void a_completed_enrolment_has_every_lesson_done_and_a_passed_quiz() {
        var completed = db.select(ENROLMENT.ID).from(ENROLMENT).join(TRAINING_MODULE).on(TRAINING_MODULE.ID.eq(ENROLMENT.MODULE_ID))
                .where(TRAINING_MODULE.CODE.startsWith(GeneratedTraining.CODE_PREFIX)).and(ENROLMENT.STATUS.eq("COMPLETED"));
        assertThat(db.fetchCount(completed)).isPositive();
        assertThat(db.fetchCount(db.selectFrom(ENROLMENT).where(ENROLMENT.ID.in(completed))
                .and(DSL.selectCount().from(LESSON_PROGRESS).where(LESSON_PROGRESS.ENROLMENT_ID.eq(ENROLMENT.ID))
                        .asField().ne(5))))
                .isZero();
        assertThat(db.fetchCount(db.selectFrom(ENROLMENT).where(ENROLMENT.ID.in(completed))
                .andNotExists(DSL.selectOne().from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ENROLMENT_ID.eq(ENROLMENT.ID))
                        .and(QUIZ_ATTEMPT.PASSED.isTrue()))))
                .isZero();
    }

    private void the_ledger_records_each_enrolment_completion_and_certificate_once_and_its_summaries_agree() {
        assertThat(entries("MODULE_ENROLLED", "enrolment")).isEqualTo(db.fetchCount(ENROLMENT));
        assertThat(entries("MODULE_COMPLETED", "enrolment")).isEqualTo(db.fetchCount(ENROLMENT,
                ENROLMENT.STATUS.eq("COMPLETED")));
        // every certificate has its entry (tests that commit and remove certificates may leave entries behind)
        assertThat(db.fetchCount(CERTIFICATE, DSL.exists(DSL.selectOne().from(PARTICIPATION_ENTRY)
                .where(PARTICIPATION_ENTRY.KIND.eq("CERTIFICATE_ISSUED")).and(PARTICIPATION_ENTRY.SOURCE_TYPE.eq("certificate"))
                .and(PARTICIPATION_ENTRY.SOURCE_ID.eq(CERTIFICATE.ID))))).isEqualTo(db.fetchCount(CERTIFICATE));
        BigDecimal summarised = db.select(DSL.sum(PARTICIPATION_MONTH.ENTRIES)).from(PARTICIPATION_MONTH)
                .where(PARTICIPATION_MONTH.TOPIC.eq("")).fetchOne(0, BigDecimal.class);
        assertThat(summarised).isEqualByComparingTo(BigDecimal.valueOf(db.fetchCount(PARTICIPATION_ENTRY)));
        var personMonth = PARTICIPATION_PERSON_MONTH;
        assertThat(db.fetchCount(PARTICIPATION_PERSON_YEAR)).isEqualTo(db.fetchCount(db.selectDistinct(personMonth.TOPIC,
                DSL.year(personMonth.MONTH), personMonth.REGION_ID, personMonth.USER_ID).from(personMonth)));
        BigDecimal totalled = db.select(DSL.sum(DSL.field("entries_01 + entries_02 + entries_03 + entries_04 + entries_05 "
                + "+ entries_06 + entries_07 + entries_08 + entries_09 + entries_10 + entries_11 + entries_12", Integer.class)))
                .from(PARTICIPATION_PERSON_YEAR_TOTAL).where(PARTICIPATION_PERSON_YEAR_TOTAL.TOPIC.eq("")).fetchOne(0, BigDecimal.class);
        assertThat(totalled).isEqualByComparingTo(summarised);
        assertThat(db.fetchCount(PARTICIPATION_PERSON_YEAR_TOTAL)).isEqualTo(db.fetchCount(PARTICIPATION_PERSON_YEAR));
    }

    private int generatedEnrolments() {
        return db.fetchCount(db.selectFrom(ENROLMENT).where(ENROLMENT.MODULE_ID.in(DSL.select(TRAINING_MODULE.ID)
                .from(TRAINING_MODULE).where(TRAINING_MODULE.CODE.startsWith(GeneratedTraining.CODE_PREFIX)))));
    }

    private int entries(String kind, String source) {
        return db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.KIND.eq(kind)
                .and(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(source)));
    }
}
