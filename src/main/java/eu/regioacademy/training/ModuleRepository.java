package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.LESSON;
import static eu.regioacademy.db.Tables.LESSON_TEXT;
import static eu.regioacademy.db.Tables.MODULE_PREREQUISITE;
import static eu.regioacademy.db.Tables.MODULE_TEXT;
import static eu.regioacademy.db.Tables.MODULE_TOPIC;
import static eu.regioacademy.db.Tables.MODULE_VERSION;
import static eu.regioacademy.db.Tables.QUIZ_OPTION;
import static eu.regioacademy.db.Tables.QUIZ_OPTION_TEXT;
import static eu.regioacademy.db.Tables.QUIZ_QUESTION;
import static eu.regioacademy.db.Tables.QUIZ_QUESTION_TEXT;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;

import eu.regioacademy.training.content.LessonContent;
import eu.regioacademy.training.content.ModuleContent;
import eu.regioacademy.training.content.QuestionContent;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Writes of modules and their versions: what the content importer and the secretariat change. */
@Repository
class ModuleRepository {

    private final DSLContext db;

    ModuleRepository(DSLContext db) {
        this.db = db;
    }

    Set<String> allCodes() {
        return Set.copyOf(db.select(TRAINING_MODULE.CODE).from(TRAINING_MODULE).fetch(TRAINING_MODULE.CODE));
    }

    record StoredModule(long id, @org.jspecify.annotations.Nullable String contentHash) {
    }

    /** The module's id and current content hash, locking the module row against a parallel import. */
    Optional<StoredModule> lockByCode(String code) {
        return db.select(TRAINING_MODULE.ID, MODULE_VERSION.CONTENT_HASH)
                .from(TRAINING_MODULE).leftJoin(MODULE_VERSION).on(MODULE_VERSION.ID.eq(TRAINING_MODULE.CURRENT_VERSION_ID))
                .where(TRAINING_MODULE.CODE.eq(code))
                .forUpdate()
                .fetchOptional(r -> new StoredModule(r.value1(), r.value2()));
    }

    long insertModule(String code, ModuleStatus status) {
        return db.insertInto(TRAINING_MODULE).set(TRAINING_MODULE.CODE, code).set(TRAINING_MODULE.STATUS, status.name())
                .returning(TRAINING_MODULE.ID).fetchSingle().getId();
    }

    boolean setStatus(long moduleId, ModuleStatus status) {
        return db.update(TRAINING_MODULE).set(TRAINING_MODULE.STATUS, status.name())
                .set(TRAINING_MODULE.VERSION, TRAINING_MODULE.VERSION.plus(1))
                .where(TRAINING_MODULE.ID.eq(moduleId)).execute() == 1;
    }

    /** Stores a complete new version and makes it the module's current one. */
    long insertVersion(long moduleId, ModuleContent content) {
        int versionNo = db.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(MODULE_VERSION.VERSION_NO), 0))
                .from(MODULE_VERSION).where(MODULE_VERSION.MODULE_ID.eq(moduleId)).fetchSingle().value1() + 1;
        long versionId = db.insertInto(MODULE_VERSION)
                .set(MODULE_VERSION.MODULE_ID, moduleId)
                .set(MODULE_VERSION.VERSION_NO, versionNo)
                .set(MODULE_VERSION.CONTENT_HASH, content.contentHash())
                .set(MODULE_VERSION.ESTIMATED_MINUTES, content.estimatedMinutes())
                .set(MODULE_VERSION.PASS_MARK, content.passMark())
                .set(MODULE_VERSION.MAX_ATTEMPTS, content.maxAttempts())
                .set(MODULE_VERSION.AWARDS_CERTIFICATE, content.awardsCertificate())
                .set(MODULE_VERSION.LANGUAGES, String.join(",", content.languages()))
                .returning(MODULE_VERSION.ID).fetchSingle().getId();
        for (String language : content.languages()) {
            db.insertInto(MODULE_TEXT).set(MODULE_TEXT.MODULE_VERSION_ID, versionId).set(MODULE_TEXT.LANGUAGE, language)
                    .set(MODULE_TEXT.TITLE, content.titles().get(language))
                    .set(MODULE_TEXT.SUMMARY, content.summaries().get(language)).execute();
        }
        for (String topic : content.topics()) {
            db.insertInto(MODULE_TOPIC).set(MODULE_TOPIC.MODULE_VERSION_ID, versionId).set(MODULE_TOPIC.TOPIC, topic).execute();
        }
        for (String prerequisite : content.prerequisites()) {
            db.insertInto(MODULE_PREREQUISITE).set(MODULE_PREREQUISITE.MODULE_VERSION_ID, versionId)
                    .set(MODULE_PREREQUISITE.PREREQUISITE_CODE, prerequisite).execute();
        }
        content.lessons().forEach(lesson -> insertLesson(versionId, lesson));
        int position = 0;
        for (QuestionContent question : content.questions()) {
            insertQuestion(versionId, ++position, question);
        }
        db.update(TRAINING_MODULE).set(TRAINING_MODULE.CURRENT_VERSION_ID, versionId)
                .set(TRAINING_MODULE.VERSION, TRAINING_MODULE.VERSION.plus(1))
                .where(TRAINING_MODULE.ID.eq(moduleId)).execute();
        return versionId;
    }

    /** Learners still working on a module move to its new version; their lesson progress is kept by content hash. */
    int moveInProgressEnrolments(long moduleId, long versionId) {
        return db.update(ENROLMENT).set(ENROLMENT.MODULE_VERSION_ID, versionId)
                .where(ENROLMENT.MODULE_ID.eq(moduleId).and(ENROLMENT.STATUS.eq(LearnerStatus.IN_PROGRESS.name())))
                .execute();
    }

    private void insertLesson(long versionId, LessonContent lesson) {
        long lessonId = db.insertInto(LESSON).set(LESSON.MODULE_VERSION_ID, versionId)
                .set(LESSON.POSITION, lesson.position()).set(LESSON.SLUG, lesson.slug())
                .set(LESSON.CONTENT_HASH, lesson.contentHash())
                .returning(LESSON.ID).fetchSingle().getId();
        lesson.texts().forEach((language, text) -> db.insertInto(LESSON_TEXT)
                .set(LESSON_TEXT.LESSON_ID, lessonId).set(LESSON_TEXT.LANGUAGE, language)
                .set(LESSON_TEXT.TITLE, text.title()).set(LESSON_TEXT.BODY_MARKDOWN, text.markdown()).execute());
    }

    private void insertQuestion(long versionId, int position, QuestionContent question) {
        long questionId = db.insertInto(QUIZ_QUESTION).set(QUIZ_QUESTION.MODULE_VERSION_ID, versionId)
                .set(QUIZ_QUESTION.POSITION, position).set(QUIZ_QUESTION.QUESTION_KEY, question.key())
                .set(QUIZ_QUESTION.KIND, question.kind().name()).set(QUIZ_QUESTION.ANSWER_TRUE, question.answer())
                .returning(QUIZ_QUESTION.ID).fetchSingle().getId();
        question.texts().forEach((language, text) -> db.insertInto(QUIZ_QUESTION_TEXT)
                .set(QUIZ_QUESTION_TEXT.QUESTION_ID, questionId).set(QUIZ_QUESTION_TEXT.LANGUAGE, language)
                .set(QUIZ_QUESTION_TEXT.TEXT, text)
                .set(QUIZ_QUESTION_TEXT.EXPLANATION, question.explanations().get(language)).execute());
        int optionPosition = 0;
        for (QuestionContent.OptionContent option : question.options()) {
            long optionId = db.insertInto(QUIZ_OPTION).set(QUIZ_OPTION.QUESTION_ID, questionId)
                    .set(QUIZ_OPTION.POSITION, ++optionPosition).set(QUIZ_OPTION.OPTION_KEY, option.key())
                    .set(QUIZ_OPTION.CORRECT, option.correct())
                    .returning(QUIZ_OPTION.ID).fetchSingle().getId();
            option.texts().forEach((language, text) -> db.insertInto(QUIZ_OPTION_TEXT)
                    .set(QUIZ_OPTION_TEXT.OPTION_ID, optionId).set(QUIZ_OPTION_TEXT.LANGUAGE, language)
                    .set(QUIZ_OPTION_TEXT.TEXT, text).execute());
        }
    }
}
