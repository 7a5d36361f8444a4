package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.LESSON;
import static eu.regioacademy.db.Tables.LESSON_PROGRESS;
import static eu.regioacademy.db.Tables.LESSON_TEXT;
import static eu.regioacademy.db.Tables.MODULE_TEXT;
import static eu.regioacademy.db.Tables.MODULE_TOPIC;
import static eu.regioacademy.db.Tables.MODULE_VERSION;
import static eu.regioacademy.db.Tables.QUIZ_ATTEMPT;
import static eu.regioacademy.db.Tables.QUIZ_QUESTION;
import static eu.regioacademy.db.Tables.QUIZ_QUESTION_TEXT;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;

import eu.regioacademy.platform.db.BulkInsert;
import eu.regioacademy.platform.db.BulkInsert.Sink;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Bulk writes of generated modules and learning, for benchmarks at network scale. */
@Repository
class TrainingScaleRepository {

    private final DSLContext db;
    private final BulkInsert bulk;

    TrainingScaleRepository(DSLContext db, BulkInsert bulk) {
        this.db = db;
        this.bulk = bulk;
    }

    /** The first free ids of the tables whose generated rows name their own ids. */
    record FirstIds(long module, long version, long lesson, long question, long enrolment, long attempt) {
    }

    FirstIds firstIds() {
        return new FirstIds(bulk.nextId(TRAINING_MODULE), bulk.nextId(MODULE_VERSION), bulk.nextId(LESSON),
                bulk.nextId(QUIZ_QUESTION), bulk.nextId(ENROLMENT), bulk.nextId(QUIZ_ATTEMPT));
    }

    boolean modulesExist(String codePrefix) {
        return db.fetchExists(TRAINING_MODULE, TRAINING_MODULE.CODE.startsWith(codePrefix));
    }

    /** Points each new module at its version, once both exist (the keys refer to each other). */
    void linkCurrentVersions(String codePrefix) {
        db.update(TRAINING_MODULE)
                .set(TRAINING_MODULE.CURRENT_VERSION_ID, DSL.select(DSL.max(MODULE_VERSION.ID))
                        .from(MODULE_VERSION).where(MODULE_VERSION.MODULE_ID.eq(TRAINING_MODULE.ID)))
                .where(TRAINING_MODULE.CODE.startsWith(codePrefix)).execute();
    }

    Writer writer() {
        Sink modules = bulk.into(TRAINING_MODULE, TRAINING_MODULE.ID, TRAINING_MODULE.CODE, TRAINING_MODULE.STATUS,
                TRAINING_MODULE.CREATED_AT);
        Sink versions = bulk.into(MODULE_VERSION, MODULE_VERSION.ID, MODULE_VERSION.MODULE_ID, MODULE_VERSION.VERSION_NO,
                MODULE_VERSION.CONTENT_HASH, MODULE_VERSION.ESTIMATED_MINUTES, MODULE_VERSION.PASS_MARK,
                MODULE_VERSION.MAX_ATTEMPTS, MODULE_VERSION.AWARDS_CERTIFICATE, MODULE_VERSION.LANGUAGES,
                MODULE_VERSION.IMPORTED_AT).after(modules);
        Sink moduleTexts = bulk.into(MODULE_TEXT, MODULE_TEXT.MODULE_VERSION_ID, MODULE_TEXT.LANGUAGE, MODULE_TEXT.TITLE,
                MODULE_TEXT.SUMMARY).after(versions);
        Sink topics = bulk.into(MODULE_TOPIC, MODULE_TOPIC.MODULE_VERSION_ID, MODULE_TOPIC.TOPIC).after(versions);
        Sink lessons = bulk.into(LESSON, LESSON.ID, LESSON.MODULE_VERSION_ID, LESSON.POSITION, LESSON.SLUG,
                LESSON.CONTENT_HASH).after(versions);
        Sink lessonTexts = bulk.into(LESSON_TEXT, LESSON_TEXT.LESSON_ID, LESSON_TEXT.LANGUAGE, LESSON_TEXT.TITLE,
                LESSON_TEXT.BODY_MARKDOWN).after(lessons);
        Sink questions = bulk.into(QUIZ_QUESTION, QUIZ_QUESTION.ID, QUIZ_QUESTION.MODULE_VERSION_ID,
                QUIZ_QUESTION.POSITION, QUIZ_QUESTION.QUESTION_KEY, QUIZ_QUESTION.KIND, QUIZ_QUESTION.ANSWER_TRUE)
                .after(versions);
        Sink questionTexts = bulk.into(QUIZ_QUESTION_TEXT, QUIZ_QUESTION_TEXT.QUESTION_ID, QUIZ_QUESTION_TEXT.LANGUAGE,
                QUIZ_QUESTION_TEXT.TEXT, QUIZ_QUESTION_TEXT.EXPLANATION).after(questions);
        Sink enrolments = bulk.into(ENROLMENT, ENROLMENT.ID, ENROLMENT.USER_ID, ENROLMENT.MODULE_ID,
                ENROLMENT.MODULE_VERSION_ID, ENROLMENT.STATUS, ENROLMENT.ENROLLED_AT, ENROLMENT.COMPLETED_AT,
                ENROLMENT.LAST_LESSON_SLUG).after(versions);
        Sink progress = bulk.into(LESSON_PROGRESS, LESSON_PROGRESS.ENROLMENT_ID, LESSON_PROGRESS.LESSON_SLUG,
                LESSON_PROGRESS.CONTENT_HASH, LESSON_PROGRESS.COMPLETED_AT).after(enrolments);
        Sink attempts = bulk.into(QUIZ_ATTEMPT, QUIZ_ATTEMPT.ID, QUIZ_ATTEMPT.ENROLMENT_ID, QUIZ_ATTEMPT.MODULE_VERSION_ID,
                QUIZ_ATTEMPT.ATTEMPT_NO, QUIZ_ATTEMPT.STARTED_AT, QUIZ_ATTEMPT.SUBMITTED_AT,
                QUIZ_ATTEMPT.CORRECT_COUNT, QUIZ_ATTEMPT.QUESTION_COUNT, QUIZ_ATTEMPT.SCORE_PERCENT,
                QUIZ_ATTEMPT.PASSED).after(enrolments);
        return new Writer(modules, versions, moduleTexts, topics, lessons, lessonTexts, questions, questionTexts,
                enrolments, progress, attempts);
    }

    /**
     * Typed rows for each table; a child table's rows are never written before their parents.
     * Only sinks here: the tables are named by the repository that opened them.
     */
    record Writer(Sink modules, Sink versions, Sink moduleTexts, Sink topics, Sink lessons, Sink lessonTexts,
                  Sink questions, Sink questionTexts, Sink enrolments, Sink progress, Sink attempts)
            implements AutoCloseable {

        void module(long id, String code, Instant createdAt) {
            modules.add(id, code, ModuleStatus.PUBLISHED.name(), createdAt);
        }

        void version(long id, long moduleId, String hash, int minutes, int passMark, int maxAttempts, String languages,
                     Instant importedAt) {
            versions.add(id, moduleId, 1, hash, minutes, passMark, maxAttempts, true, languages, importedAt);
        }

        void moduleText(long versionId, String language, String title, String summary) {
            moduleTexts.add(versionId, language, title, summary);
        }

        void topic(long versionId, String topic) {
            topics.add(versionId, topic);
        }

        void lesson(long id, long versionId, int position, String slug, String hash) {
            lessons.add(id, versionId, position, slug, hash);
        }

        void lessonText(long lessonId, String language, String title, String markdown) {
            lessonTexts.add(lessonId, language, title, markdown);
        }

        void trueFalseQuestion(long id, long versionId, int position, boolean answer) {
            questions.add(id, versionId, position, "q" + position, "TRUE_FALSE", answer);
        }

        void questionText(long questionId, String language, String text, String explanation) {
            questionTexts.add(questionId, language, text, explanation);
        }

        void enrolment(long id, long userId, long moduleId, long versionId, Instant enrolledAt,
                       @Nullable Instant completedAt, @Nullable String lastLessonSlug) {
            enrolments.add(id, userId, moduleId, versionId, completedAt == null ? "IN_PROGRESS" : "COMPLETED",
                    enrolledAt, completedAt, lastLessonSlug);
        }

        void lessonDone(long enrolmentId, String slug, String hash, Instant at) {
            progress.add(enrolmentId, slug, hash, at);
        }

        void attempt(long id, long enrolmentId, long versionId, int attemptNo, Instant startedAt, int correct,
                     int questionCount, boolean passed) {
            attempts.add(id, enrolmentId, versionId, attemptNo, startedAt, startedAt.plusSeconds(300), correct,
                    questionCount, correct * 100 / questionCount, passed);
        }

        /** Module content is complete before anyone enrols. */
        void flushContent() {
            List.of(modules, versions, moduleTexts, topics, lessons, lessonTexts, questions, questionTexts)
                    .forEach(Sink::flush);
        }

        long learningRows() {
            return enrolments.written() + progress.written() + attempts.written();
        }

        @Override
        public void close() {
            List.of(modules, versions, moduleTexts, topics, lessons, lessonTexts, questions, questionTexts, enrolments,
                    progress, attempts).forEach(Sink::close);
        }
    }
}
