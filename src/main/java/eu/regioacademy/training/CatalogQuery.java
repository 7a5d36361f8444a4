package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.LESSON;
import static eu.regioacademy.db.Tables.LESSON_PROGRESS;
import static eu.regioacademy.db.Tables.LESSON_TEXT;
import static eu.regioacademy.db.Tables.MODULE_PREREQUISITE;
import static eu.regioacademy.db.Tables.MODULE_TEXT;
import static eu.regioacademy.db.Tables.MODULE_TOPIC;
import static eu.regioacademy.db.Tables.MODULE_VERSION;
import static eu.regioacademy.db.Tables.QUIZ_ATTEMPT;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads for learners: the catalogue, a module's page, a lesson, and their own list. */
@Repository
class CatalogQuery {

    private final DSLContext db;

    CatalogQuery(DSLContext db) {
        this.db = db;
    }

    /** Lessons of the enrolment's version, and how many of them the learner has done (by content hash). */
    static Field<Integer> lessonCount(Field<Long> versionId) {
        return DSL.field(DSL.selectCount().from(LESSON).where(LESSON.MODULE_VERSION_ID.eq(versionId)));
    }

    static Field<Integer> lessonsDone(Field<Long> enrolmentId, Field<Long> versionId) {
        return DSL.field(DSL.selectCount().from(LESSON).join(LESSON_PROGRESS)
                .on(LESSON_PROGRESS.ENROLMENT_ID.eq(enrolmentId).and(LESSON_PROGRESS.LESSON_SLUG.eq(LESSON.SLUG))
                        .and(LESSON_PROGRESS.CONTENT_HASH.eq(LESSON.CONTENT_HASH)))
                .where(LESSON.MODULE_VERSION_ID.eq(versionId)));
    }

    static int percent(@Nullable Integer done, @Nullable Integer total, @Nullable String status) {
        if (LearnerStatus.COMPLETED.name().equals(status)) return 100;
        if (done == null || total == null || total == 0) return 0;
        return done * 100 / total;
    }

    List<CatalogEntry> catalogPage(long userId, CatalogFilter filter, String language, PageRequest page) {
        Field<String> title = LocalizedTextQuery.moduleTitle(MODULE_VERSION.ID, language).as("title");
        Field<String> summary = LocalizedTextQuery.moduleSummary(MODULE_VERSION.ID, language).as("summary");
        Field<Integer> total = lessonCount(ENROLMENT.MODULE_VERSION_ID).as("total");
        Field<Integer> done = lessonsDone(ENROLMENT.ID, ENROLMENT.MODULE_VERSION_ID).as("done");
        var rows = db.select(TRAINING_MODULE.CODE, MODULE_VERSION.ID, title, summary, MODULE_VERSION.ESTIMATED_MINUTES,
                        MODULE_VERSION.LANGUAGES, ENROLMENT.STATUS, total, done)
                .from(TRAINING_MODULE)
                .join(MODULE_VERSION).on(MODULE_VERSION.ID.eq(TRAINING_MODULE.CURRENT_VERSION_ID))
                .leftJoin(ENROLMENT).on(ENROLMENT.MODULE_ID.eq(TRAINING_MODULE.ID).and(ENROLMENT.USER_ID.eq(userId)))
                .where(catalogCondition(filter))
                .orderBy(Sorting.orderBy(page, Map.of("title", title, "minutes", MODULE_VERSION.ESTIMATED_MINUTES),
                        title.asc(), TRAINING_MODULE.CODE.asc()))
                .offset(page.offset()).limit(page.limit())
                .fetch();
        Map<Long, List<String>> topics = topicsOf(rows.getValues(MODULE_VERSION.ID));
        return rows.map(r -> new CatalogEntry(r.get(TRAINING_MODULE.CODE), r.get(title), r.get(summary),
                topics.getOrDefault(r.get(MODULE_VERSION.ID), List.of()), r.get(MODULE_VERSION.ESTIMATED_MINUTES),
                List.of(r.get(MODULE_VERSION.LANGUAGES).split(",")), statusOf(r.get(ENROLMENT.STATUS)),
                percent(r.get(done), r.get(total), r.get(ENROLMENT.STATUS))));
    }

    int catalogCount(CatalogFilter filter) {
        return db.fetchCount(db.select(TRAINING_MODULE.ID).from(TRAINING_MODULE)
                .join(MODULE_VERSION).on(MODULE_VERSION.ID.eq(TRAINING_MODULE.CURRENT_VERSION_ID))
                .where(catalogCondition(filter)));
    }

    List<String> publishedTopics() {
        return db.selectDistinct(MODULE_TOPIC.TOPIC).from(MODULE_TOPIC)
                .join(TRAINING_MODULE).on(TRAINING_MODULE.CURRENT_VERSION_ID.eq(MODULE_TOPIC.MODULE_VERSION_ID))
                .where(TRAINING_MODULE.STATUS.eq(ModuleStatus.PUBLISHED.name()))
                .orderBy(MODULE_TOPIC.TOPIC).fetch(MODULE_TOPIC.TOPIC);
    }

    private static Condition catalogCondition(CatalogFilter filter) {
        Condition condition = TRAINING_MODULE.STATUS.eq(ModuleStatus.PUBLISHED.name());
        if (!filter.search().isBlank()) {
            String pattern = Sorting.containsPattern(filter.search().strip());
            condition = condition.and(DSL.exists(DSL.selectOne().from(MODULE_TEXT)
                    .where(MODULE_TEXT.MODULE_VERSION_ID.eq(MODULE_VERSION.ID))
                    .and(MODULE_TEXT.TITLE.like(pattern).or(MODULE_TEXT.SUMMARY.like(pattern)))));
        }
        if (filter.topic() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(MODULE_TOPIC)
                    .where(MODULE_TOPIC.MODULE_VERSION_ID.eq(MODULE_VERSION.ID).and(MODULE_TOPIC.TOPIC.eq(filter.topic())))));
        }
        if (filter.language() != null) {
            condition = condition.and(DSL.condition("FIND_IN_SET({0}, {1}) > 0", filter.language(), MODULE_VERSION.LANGUAGES));
        }
        if (filter.maxMinutes() != null) {
            condition = condition.and(MODULE_VERSION.ESTIMATED_MINUTES.le(filter.maxMinutes()));
        }
        return condition;
    }

    private Map<Long, List<String>> topicsOf(Collection<Long> versionIds) {
        Map<Long, List<String>> topics = new HashMap<>();
        if (versionIds.isEmpty()) return topics;
        db.select(MODULE_TOPIC.MODULE_VERSION_ID, MODULE_TOPIC.TOPIC).from(MODULE_TOPIC)
                .where(MODULE_TOPIC.MODULE_VERSION_ID.in(versionIds)).orderBy(MODULE_TOPIC.TOPIC)
                .forEach(r -> topics.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return topics;
    }

    /**
     * The module page for one learner: the version they are enrolled in, or the current one.
     * Drafts and archived modules are visible only to those already enrolled.
     */
    Optional<ModuleDetails> moduleDetails(long userId, String code, String language) {
        Record row = db.select(TRAINING_MODULE.ID, TRAINING_MODULE.STATUS, TRAINING_MODULE.CURRENT_VERSION_ID,
                        ENROLMENT.ID, ENROLMENT.MODULE_VERSION_ID, ENROLMENT.STATUS, ENROLMENT.COMPLETED_AT,
                        ENROLMENT.LAST_LESSON_SLUG)
                .from(TRAINING_MODULE)
                .leftJoin(ENROLMENT).on(ENROLMENT.MODULE_ID.eq(TRAINING_MODULE.ID).and(ENROLMENT.USER_ID.eq(userId)))
                .where(TRAINING_MODULE.CODE.eq(code))
                .fetchOne();
        if (row == null || row.get(TRAINING_MODULE.CURRENT_VERSION_ID) == null) return Optional.empty();
        Long enrolmentId = row.get(ENROLMENT.ID);
        boolean published = ModuleStatus.PUBLISHED.name().equals(row.get(TRAINING_MODULE.STATUS));
        if (!published && enrolmentId == null) return Optional.empty();
        long versionId = enrolmentId != null ? row.get(ENROLMENT.MODULE_VERSION_ID) : row.get(TRAINING_MODULE.CURRENT_VERSION_ID);

        var version = db.selectFrom(MODULE_VERSION).where(MODULE_VERSION.ID.eq(versionId)).fetchSingle();
        String lang = LocalizedTextQuery.best(version.getLanguages(), language);
        var texts = db.selectFrom(MODULE_TEXT).where(MODULE_TEXT.MODULE_VERSION_ID.eq(versionId)
                .and(MODULE_TEXT.LANGUAGE.eq(lang))).fetchSingle();
        List<String> topics = topicsOf(List.of(versionId)).getOrDefault(versionId, List.of());

        Field<Boolean> done = enrolmentId == null ? DSL.inline(false) : DSL.field(DSL.exists(DSL.selectOne().from(LESSON_PROGRESS)
                .where(LESSON_PROGRESS.ENROLMENT_ID.eq(enrolmentId).and(LESSON_PROGRESS.LESSON_SLUG.eq(LESSON.SLUG))
                        .and(LESSON_PROGRESS.CONTENT_HASH.eq(LESSON.CONTENT_HASH)))));
        List<ModuleDetails.LessonSummary> lessons = db.select(LESSON.POSITION, LESSON.SLUG, LESSON_TEXT.TITLE, done.as("done"))
                .from(LESSON).join(LESSON_TEXT).on(LESSON_TEXT.LESSON_ID.eq(LESSON.ID).and(LESSON_TEXT.LANGUAGE.eq(lang)))
                .where(LESSON.MODULE_VERSION_ID.eq(versionId)).orderBy(LESSON.POSITION)
                .fetch(r -> new ModuleDetails.LessonSummary(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));

        List<ModuleDetails.Prerequisite> prerequisites = prerequisitesOf(userId, versionId, language);

        int attemptsUsed = 0;
        Integer bestScore = null;
        boolean passed = false;
        if (enrolmentId != null) {
            var attempts = db.select(DSL.count(), DSL.max(QUIZ_ATTEMPT.SCORE_PERCENT), DSL.max(QUIZ_ATTEMPT.PASSED))
                    .from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ENROLMENT_ID.eq(enrolmentId)
                            .and(QUIZ_ATTEMPT.SUBMITTED_AT.isNotNull())).fetchSingle();
            attemptsUsed = attempts.value1();
            bestScore = attempts.value2();
            passed = Boolean.TRUE.equals(attempts.value3());
        }
        long doneCount = lessons.stream().filter(ModuleDetails.LessonSummary::done).count();
        String status = row.get(ENROLMENT.STATUS);
        Instant completedAt = row.get(ENROLMENT.COMPLETED_AT);
        return Optional.of(new ModuleDetails(code, version.getVersionNo(), lang, texts.getTitle(), texts.getSummary(), topics,
                version.getEstimatedMinutes(), List.of(version.getLanguages().split(",")), version.getPassMark(),
                version.getMaxAttempts(), version.getAwardsCertificate(), lessons, prerequisites, statusOf(status),
                percent((int) doneCount, lessons.size(), status), attemptsUsed, bestScore, passed, completedAt,
                row.get(ENROLMENT.LAST_LESSON_SLUG)));
    }

    List<ModuleDetails.Prerequisite> prerequisitesOf(long userId, long versionId, String language) {
        var required = TRAINING_MODULE.as("required");
        var requiredEnrolment = ENROLMENT.as("required_enrolment");
        return db.select(MODULE_PREREQUISITE.PREREQUISITE_CODE,
                        LocalizedTextQuery.moduleTitle(required.CURRENT_VERSION_ID, language), requiredEnrolment.STATUS)
                .from(MODULE_PREREQUISITE)
                .leftJoin(required).on(required.CODE.eq(MODULE_PREREQUISITE.PREREQUISITE_CODE))
                .leftJoin(requiredEnrolment).on(requiredEnrolment.MODULE_ID.eq(required.ID).and(requiredEnrolment.USER_ID.eq(userId)))
                .where(MODULE_PREREQUISITE.MODULE_VERSION_ID.eq(versionId))
                .orderBy(MODULE_PREREQUISITE.PREREQUISITE_CODE)
                .fetch(r -> new ModuleDetails.Prerequisite(r.value1(), r.value2() == null ? r.value1() : r.value2(),
                        LearnerStatus.COMPLETED.name().equals(r.value3())));
    }

    List<MyLearningItem> myLearning(long userId, String language) {
        Field<String> title = LocalizedTextQuery.moduleTitle(ENROLMENT.MODULE_VERSION_ID, language).as("title");
        Field<Integer> total = lessonCount(ENROLMENT.MODULE_VERSION_ID).as("total");
        Field<Integer> done = lessonsDone(ENROLMENT.ID, ENROLMENT.MODULE_VERSION_ID).as("done");
        return db.select(TRAINING_MODULE.CODE, title, ENROLMENT.STATUS, total, done, ENROLMENT.ENROLLED_AT, ENROLMENT.COMPLETED_AT)
                .from(ENROLMENT).join(TRAINING_MODULE).on(TRAINING_MODULE.ID.eq(ENROLMENT.MODULE_ID))
                .where(ENROLMENT.USER_ID.eq(userId))
                .orderBy(ENROLMENT.STATUS.desc(), DSL.coalesce(ENROLMENT.COMPLETED_AT, ENROLMENT.ENROLLED_AT).desc())
                .fetch(r -> new MyLearningItem(r.get(TRAINING_MODULE.CODE), r.get(title), statusOf(r.get(ENROLMENT.STATUS)),
                        percent(r.get(done), r.get(total), r.get(ENROLMENT.STATUS)), r.get(ENROLMENT.ENROLLED_AT),
                        r.get(ENROLMENT.COMPLETED_AT)));
    }

    String codeOf(long moduleId) {
        return db.select(TRAINING_MODULE.CODE).from(TRAINING_MODULE).where(TRAINING_MODULE.ID.eq(moduleId))
                .fetchSingle(TRAINING_MODULE.CODE);
    }

    static LearnerStatus statusOf(@Nullable String enrolmentStatus) {
        return enrolmentStatus == null ? LearnerStatus.NOT_STARTED : LearnerStatus.valueOf(enrolmentStatus);
    }
}
