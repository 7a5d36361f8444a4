package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.LESSON_PROGRESS;
import static eu.regioacademy.db.Tables.QUIZ_ANSWER;
import static eu.regioacademy.db.Tables.QUIZ_ATTEMPT;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Writes of a learner's work: enrolments, lessons done, quiz attempts and answers. */
@Repository
class EnrolmentRepository {

    record EnrolmentRow(long id, long userId, long moduleId, long versionId, String status) {
        boolean completed() {
            return LearnerStatus.COMPLETED.name().equals(status);
        }
    }

    record ModuleRow(long id, long currentVersionId, String status) {
    }

    record NewEnrolment(long enrolmentId, long userId) {
    }

    private final DSLContext db;

    EnrolmentRepository(DSLContext db) {
        this.db = db;
    }

    Optional<ModuleRow> findModule(String code) {
        return db.select(TRAINING_MODULE.ID, TRAINING_MODULE.CURRENT_VERSION_ID, TRAINING_MODULE.STATUS)
                .from(TRAINING_MODULE).where(TRAINING_MODULE.CODE.eq(code).and(TRAINING_MODULE.CURRENT_VERSION_ID.isNotNull()))
                .fetchOptional(r -> new ModuleRow(r.value1(), r.value2(), r.value3()));
    }

    /** The learner's enrolment in the module, locked so parallel clicks of one learner queue up. */
    Optional<EnrolmentRow> lock(long userId, String code) {
        return select(userId, code).forUpdate()
                .fetchOptional(r -> new EnrolmentRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<EnrolmentRow> find(long userId, String code) {
        return select(userId, code)
                .fetchOptional(r -> new EnrolmentRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private org.jooq.SelectConditionStep<org.jooq.Record5<Long, Long, Long, Long, String>> select(long userId, String code) {
        return db.select(ENROLMENT.ID, ENROLMENT.USER_ID, ENROLMENT.MODULE_ID, ENROLMENT.MODULE_VERSION_ID, ENROLMENT.STATUS)
                .from(ENROLMENT).join(TRAINING_MODULE).on(TRAINING_MODULE.ID.eq(ENROLMENT.MODULE_ID))
                .where(ENROLMENT.USER_ID.eq(userId).and(TRAINING_MODULE.CODE.eq(code)));
    }

    /** Serialises one learner's parallel requests (double clicks) so they never race each other. */
    void lockLearner(long userId) {
        db.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate().fetch();
    }

    /** @return the new enrolment's id, or empty when the learner was already enrolled (unique key) */
    Optional<Long> insertIfAbsent(long userId, long moduleId, long versionId, @Nullable Long enrolledBy) {
        int inserted = db.insertInto(ENROLMENT)
                .set(ENROLMENT.USER_ID, userId).set(ENROLMENT.MODULE_ID, moduleId)
                .set(ENROLMENT.MODULE_VERSION_ID, versionId).set(ENROLMENT.ENROLLED_BY, enrolledBy)
                .onDuplicateKeyIgnore().execute();
        if (inserted == 0) return Optional.empty();
        return Optional.of(db.select(ENROLMENT.ID).from(ENROLMENT)
                .where(ENROLMENT.USER_ID.eq(userId).and(ENROLMENT.MODULE_ID.eq(moduleId))).fetchSingle(ENROLMENT.ID));
    }

    /** Enrols every active person of the regions not yet enrolled; returns who was added. */
    List<NewEnrolment> insertCohort(long moduleId, long versionId, Collection<Long> regionIds, long enrolledBy) {
        List<Long> candidates = db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.REGION_ID.in(regionIds).and(APP_USER.ACTIVE.isTrue()))
                .andNotExists(DSL.selectOne().from(ENROLMENT)
                        .where(ENROLMENT.USER_ID.eq(APP_USER.ID).and(ENROLMENT.MODULE_ID.eq(moduleId))))
                .orderBy(APP_USER.ID)
                .fetch(APP_USER.ID);
        List<NewEnrolment> added = new ArrayList<>();
        for (long userId : candidates) {
            insertIfAbsent(userId, moduleId, versionId, enrolledBy).ifPresent(id -> added.add(new NewEnrolment(id, userId)));
        }
        return added;
    }

    /** Demo data only: an enrolment that started in the past. */
    void backdate(long enrolmentId, Instant enrolledAt) {
        db.update(ENROLMENT).set(ENROLMENT.ENROLLED_AT, enrolledAt).where(ENROLMENT.ID.eq(enrolmentId)).execute();
    }

    void markLessonDone(long enrolmentId, String slug, String contentHash) {
        db.insertInto(LESSON_PROGRESS).set(LESSON_PROGRESS.ENROLMENT_ID, enrolmentId)
                .set(LESSON_PROGRESS.LESSON_SLUG, slug).set(LESSON_PROGRESS.CONTENT_HASH, contentHash)
                .onDuplicateKeyIgnore().execute();
    }

    void setLastLesson(long enrolmentId, String slug) {
        db.update(ENROLMENT).set(ENROLMENT.LAST_LESSON_SLUG, slug).where(ENROLMENT.ID.eq(enrolmentId)).execute();
    }

    int submittedAttempts(long enrolmentId) {
        return db.fetchCount(QUIZ_ATTEMPT, QUIZ_ATTEMPT.ENROLMENT_ID.eq(enrolmentId).and(QUIZ_ATTEMPT.SUBMITTED_AT.isNotNull()));
    }

    boolean hasPassed(long enrolmentId) {
        return db.fetchExists(QUIZ_ATTEMPT, QUIZ_ATTEMPT.ENROLMENT_ID.eq(enrolmentId).and(QUIZ_ATTEMPT.PASSED.isTrue()));
    }

    Optional<Long> openAttempt(long enrolmentId, long versionId) {
        return db.select(QUIZ_ATTEMPT.ID).from(QUIZ_ATTEMPT)
                .where(QUIZ_ATTEMPT.ENROLMENT_ID.eq(enrolmentId).and(QUIZ_ATTEMPT.MODULE_VERSION_ID.eq(versionId))
                        .and(QUIZ_ATTEMPT.SUBMITTED_AT.isNull()))
                .fetchOptional(QUIZ_ATTEMPT.ID);
    }

    int attemptNo(long attemptId) {
        return db.select(QUIZ_ATTEMPT.ATTEMPT_NO).from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ID.eq(attemptId)).fetchSingle().value1();
    }

    long insertAttempt(long enrolmentId, long versionId, int questionCount) {
        int attemptNo = db.fetchCount(QUIZ_ATTEMPT, QUIZ_ATTEMPT.ENROLMENT_ID.eq(enrolmentId)) + 1;
        return db.insertInto(QUIZ_ATTEMPT).set(QUIZ_ATTEMPT.ENROLMENT_ID, enrolmentId)
                .set(QUIZ_ATTEMPT.MODULE_VERSION_ID, versionId).set(QUIZ_ATTEMPT.ATTEMPT_NO, attemptNo)
                .set(QUIZ_ATTEMPT.QUESTION_COUNT, questionCount)
                .returning(QUIZ_ATTEMPT.ID).fetchSingle().getId();
    }

    /** The attempt with its enrolment, for the learner who owns it only; locked. */
    Optional<EnrolmentRow> lockAttemptOwner(long attemptId, long userId) {
        return db.select(ENROLMENT.ID, ENROLMENT.USER_ID, ENROLMENT.MODULE_ID, QUIZ_ATTEMPT.MODULE_VERSION_ID, ENROLMENT.STATUS)
                .from(QUIZ_ATTEMPT).join(ENROLMENT).on(ENROLMENT.ID.eq(QUIZ_ATTEMPT.ENROLMENT_ID))
                .where(QUIZ_ATTEMPT.ID.eq(attemptId).and(ENROLMENT.USER_ID.eq(userId)))
                .forUpdate()
                .fetchOptional(r -> new EnrolmentRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** @return false when the attempt was already submitted: a second submit changes nothing */
    boolean submit(long attemptId, Instant at, QuizScoring.Score score, boolean passed) {
        return db.update(QUIZ_ATTEMPT).set(QUIZ_ATTEMPT.SUBMITTED_AT, at)
                .set(QUIZ_ATTEMPT.CORRECT_COUNT, score.correctCount()).set(QUIZ_ATTEMPT.SCORE_PERCENT, score.percent())
                .set(QUIZ_ATTEMPT.PASSED, passed)
                .where(QUIZ_ATTEMPT.ID.eq(attemptId).and(QUIZ_ATTEMPT.SUBMITTED_AT.isNull()))
                .execute() == 1;
    }

    void insertAnswers(long attemptId, Map<String, String> answers, Map<String, Boolean> correct) {
        var insert = db.insertInto(QUIZ_ANSWER, QUIZ_ANSWER.ATTEMPT_ID, QUIZ_ANSWER.QUESTION_KEY, QUIZ_ANSWER.ANSWER,
                QUIZ_ANSWER.CORRECT);
        for (var entry : correct.entrySet()) {
            insert = insert.values(attemptId, entry.getKey(), answers.getOrDefault(entry.getKey(), ""), entry.getValue());
        }
        if (!correct.isEmpty()) insert.execute();
    }

    boolean complete(long enrolmentId, Instant at) {
        return db.update(ENROLMENT).set(ENROLMENT.STATUS, LearnerStatus.COMPLETED.name()).set(ENROLMENT.COMPLETED_AT, at)
                .set(ENROLMENT.VERSION, ENROLMENT.VERSION.plus(1))
                .where(ENROLMENT.ID.eq(enrolmentId).and(ENROLMENT.STATUS.eq(LearnerStatus.IN_PROGRESS.name())))
                .execute() == 1;
    }
}
