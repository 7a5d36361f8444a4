package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.MODULE_VERSION;
import static eu.regioacademy.db.Tables.QUIZ_ATTEMPT;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The secretariat's reads: modules with counts, and learners' progress in one module. */
@Repository
class TrainingReportQuery {

    private static final Field<Integer> ENROLLED = DSL.field(DSL.selectCount().from(ENROLMENT)
            .where(ENROLMENT.MODULE_ID.eq(TRAINING_MODULE.ID))).as("enrolled");
    private static final Field<Integer> COMPLETED = DSL.field(DSL.selectCount().from(ENROLMENT)
            .where(ENROLMENT.MODULE_ID.eq(TRAINING_MODULE.ID).and(ENROLMENT.STATUS.eq(LearnerStatus.COMPLETED.name()))))
            .as("completed");

    private final DSLContext db;

    TrainingReportQuery(DSLContext db) {
        this.db = db;
    }

    List<ModuleAdminRow> modules(String language, PageRequest page) {
        Field<String> title = LocalizedTextQuery.moduleTitle(TRAINING_MODULE.CURRENT_VERSION_ID, language).as("title");
        return db.select(TRAINING_MODULE.ID, TRAINING_MODULE.CODE, title, MODULE_VERSION.VERSION_NO, TRAINING_MODULE.STATUS,
                        ENROLLED, COMPLETED)
                .from(TRAINING_MODULE).join(MODULE_VERSION).on(MODULE_VERSION.ID.eq(TRAINING_MODULE.CURRENT_VERSION_ID))
                .orderBy(Sorting.orderBy(page, Map.of("title", title, "code", TRAINING_MODULE.CODE,
                        "status", TRAINING_MODULE.STATUS, "enrolled", ENROLLED, "completed", COMPLETED), title.asc()))
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new ModuleAdminRow(r.value1(), r.value2(), r.value3(), r.value4(), ModuleStatus.valueOf(r.value5()),
                        r.value6(), r.value7()));
    }

    int moduleCount() {
        return db.fetchCount(TRAINING_MODULE, TRAINING_MODULE.CURRENT_VERSION_ID.isNotNull());
    }

    private static Condition progressCondition(long moduleId, ProgressFilter filter) {
        Condition condition = ENROLMENT.MODULE_ID.eq(moduleId);
        if (!filter.search().isBlank()) {
            String pattern = Sorting.containsPattern(filter.search().strip());
            condition = condition.and(APP_USER.DISPLAY_NAME.like(pattern).or(APP_USER.EMAIL.like(pattern)));
        }
        if (filter.regionId() != null) condition = condition.and(APP_USER.REGION_ID.eq(filter.regionId()));
        if (filter.status() != null) condition = condition.and(ENROLMENT.STATUS.eq(filter.status().name()));
        return condition;
    }

    private SelectLimitStep<? extends Record> progressSelect(long moduleId, ProgressFilter filter, PageRequest page) {
        Field<Integer> total = CatalogQuery.lessonCount(ENROLMENT.MODULE_VERSION_ID).as("total");
        Field<Integer> done = CatalogQuery.lessonsDone(ENROLMENT.ID, ENROLMENT.MODULE_VERSION_ID).as("done");
        Field<Integer> best = DSL.field(DSL.select(DSL.max(QUIZ_ATTEMPT.SCORE_PERCENT)).from(QUIZ_ATTEMPT)
                .where(QUIZ_ATTEMPT.ENROLMENT_ID.eq(ENROLMENT.ID))).as("best");
        return db.select(APP_USER.DISPLAY_NAME, APP_USER.EMAIL, REGION.NAME, ENROLMENT.STATUS, total, done, best,
                        ENROLMENT.ENROLLED_AT, ENROLMENT.COMPLETED_AT)
                .from(ENROLMENT).join(APP_USER).on(APP_USER.ID.eq(ENROLMENT.USER_ID))
                .join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(progressCondition(moduleId, filter))
                .orderBy(Sorting.orderBy(page, Map.of("name", APP_USER.DISPLAY_NAME, "regionName", REGION.NAME,
                        "status", ENROLMENT.STATUS, "enrolledAt", ENROLMENT.ENROLLED_AT, "completedAt", ENROLMENT.COMPLETED_AT),
                        APP_USER.DISPLAY_NAME.asc(), ENROLMENT.ID.asc()));
    }

    private static LearnerProgressRow toRow(Record r) {
        String status = r.get(ENROLMENT.STATUS);
        return new LearnerProgressRow(r.get(APP_USER.DISPLAY_NAME), r.get(APP_USER.EMAIL), r.get(REGION.NAME),
                CatalogQuery.statusOf(status), CatalogQuery.percent(r.get("done", Integer.class), r.get("total", Integer.class), status),
                r.get("best", Integer.class), r.get(ENROLMENT.ENROLLED_AT), r.get(ENROLMENT.COMPLETED_AT));
    }

    List<LearnerProgressRow> progress(long moduleId, ProgressFilter filter, PageRequest page) {
        return progressSelect(moduleId, filter, page).offset(page.offset()).limit(page.limit()).fetch()
                .map(TrainingReportQuery::toRow);
    }

    int progressCount(long moduleId, ProgressFilter filter) {
        return db.fetchCount(db.select(ENROLMENT.ID).from(ENROLMENT).join(APP_USER).on(APP_USER.ID.eq(ENROLMENT.USER_ID))
                .where(progressCondition(moduleId, filter)));
    }

    /** Streams every matching row through the consumer, without holding them all in memory. */
    void streamProgress(long moduleId, ProgressFilter filter, Consumer<LearnerProgressRow> consumer) {
        try (var cursor = progressSelect(moduleId, filter, PageRequest.first(1)).fetchSize(500).fetchLazy()) {
            cursor.forEach(r -> consumer.accept(toRow(r)));
        }
    }
}
