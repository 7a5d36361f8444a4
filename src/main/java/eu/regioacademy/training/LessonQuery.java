package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.LESSON;
import static eu.regioacademy.db.Tables.LESSON_TEXT;
import static eu.regioacademy.db.Tables.MODULE_VERSION;
import static eu.regioacademy.db.Tables.QUIZ_OPTION;
import static eu.regioacademy.db.Tables.QUIZ_OPTION_TEXT;
import static eu.regioacademy.db.Tables.QUIZ_QUESTION;
import static eu.regioacademy.db.Tables.QUIZ_QUESTION_TEXT;

import eu.regioacademy.training.content.QuestionContent.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads of one module version's lessons and quiz. */
@Repository
class LessonQuery {

    record VersionInfo(int passMark, int maxAttempts, int estimatedMinutes, boolean awardsCertificate, String languages) {
    }

    record LessonRow(int position, String slug, String contentHash, String title, String markdown) {
    }

    /** A question with its texts in one language and its correct answer, for the paper and for scoring. */
    record QuestionRow(String key, QuestionKind kind, String text, String explanation, @Nullable Boolean answerTrue,
                       List<OptionRow> options) {

        QuizScoring.Key scoringKey() {
            var correct = new LinkedHashSet<String>();
            options.stream().filter(OptionRow::correct).forEach(o -> correct.add(o.key()));
            return new QuizScoring.Key(key, kind, correct, answerTrue);
        }
    }

    record OptionRow(String key, String text, boolean correct) {
    }

    private final DSLContext db;

    LessonQuery(DSLContext db) {
        this.db = db;
    }

    VersionInfo version(long versionId) {
        var v = db.selectFrom(MODULE_VERSION).where(MODULE_VERSION.ID.eq(versionId)).fetchSingle();
        return new VersionInfo(v.getPassMark(), v.getMaxAttempts(), v.getEstimatedMinutes(), v.getAwardsCertificate(),
                v.getLanguages());
    }

    String moduleTitle(long versionId, String language) {
        return db.select(LocalizedTextQuery.moduleTitle(org.jooq.impl.DSL.val(versionId), language)).fetchSingle().value1();
    }

    /** All lessons of a version in one language, in order (bodies included: a module has a handful). */
    List<LessonRow> lessons(long versionId, String language) {
        return db.select(LESSON.POSITION, LESSON.SLUG, LESSON.CONTENT_HASH, LESSON_TEXT.TITLE, LESSON_TEXT.BODY_MARKDOWN)
                .from(LESSON).join(LESSON_TEXT).on(LESSON_TEXT.LESSON_ID.eq(LESSON.ID).and(LESSON_TEXT.LANGUAGE.eq(language)))
                .where(LESSON.MODULE_VERSION_ID.eq(versionId)).orderBy(LESSON.POSITION)
                .fetch(r -> new LessonRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<String> lessonHash(long versionId, String slug) {
        return db.select(LESSON.CONTENT_HASH).from(LESSON)
                .where(LESSON.MODULE_VERSION_ID.eq(versionId).and(LESSON.SLUG.eq(slug))).fetchOptional(LESSON.CONTENT_HASH);
    }

    List<QuestionRow> questions(long versionId, String language) {
        Map<Long, List<OptionRow>> options = new LinkedHashMap<>();
        db.select(QUIZ_OPTION.QUESTION_ID, QUIZ_OPTION.OPTION_KEY, QUIZ_OPTION_TEXT.TEXT, QUIZ_OPTION.CORRECT)
                .from(QUIZ_OPTION).join(QUIZ_QUESTION).on(QUIZ_QUESTION.ID.eq(QUIZ_OPTION.QUESTION_ID))
                .join(QUIZ_OPTION_TEXT).on(QUIZ_OPTION_TEXT.OPTION_ID.eq(QUIZ_OPTION.ID).and(QUIZ_OPTION_TEXT.LANGUAGE.eq(language)))
                .where(QUIZ_QUESTION.MODULE_VERSION_ID.eq(versionId))
                .orderBy(QUIZ_OPTION.QUESTION_ID, QUIZ_OPTION.POSITION)
                .forEach(r -> options.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new OptionRow(r.value2(), r.value3(), r.value4())));
        return db.select(QUIZ_QUESTION.ID, QUIZ_QUESTION.QUESTION_KEY, QUIZ_QUESTION.KIND, QUIZ_QUESTION_TEXT.TEXT,
                        QUIZ_QUESTION_TEXT.EXPLANATION, QUIZ_QUESTION.ANSWER_TRUE)
                .from(QUIZ_QUESTION).join(QUIZ_QUESTION_TEXT)
                .on(QUIZ_QUESTION_TEXT.QUESTION_ID.eq(QUIZ_QUESTION.ID).and(QUIZ_QUESTION_TEXT.LANGUAGE.eq(language)))
                .where(QUIZ_QUESTION.MODULE_VERSION_ID.eq(versionId)).orderBy(QUIZ_QUESTION.POSITION)
                .fetch(r -> new QuestionRow(r.value2(), QuestionKind.valueOf(r.value3()), r.value4(), r.value5(), r.value6(),
                        options.getOrDefault(r.value1(), List.of())));
    }
}
