package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.LESSON_TEXT;
import static eu.regioacademy.db.Tables.MODULE_TEXT;

import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Course content comes in the languages its authors wrote: a text is shown in the reader's
 * language when the module offers it, otherwise in English, otherwise in whatever it has.
 */
final class LocalizedTextQuery {

    private LocalizedTextQuery() {
    }

    static Field<String> moduleTitle(Field<Long> versionId, String language) {
        return pick(MODULE_TEXT.TITLE, versionId, language);
    }

    static Field<String> moduleSummary(Field<Long> versionId, String language) {
        return pick(MODULE_TEXT.SUMMARY, versionId, language);
    }

    /**
     * Two key lookups (the reader's language, English) and only then any language: a catalogue
     * page orders hundreds of modules by title, and a sorted subquery per module cost 40 ms.
     */
    private static Field<String> pick(Field<String> column, Field<Long> versionId, String language) {
        return DSL.coalesce(inLanguage(column, versionId, DSL.val(language), "_asked"),
                inLanguage(column, versionId, DSL.inline("en"), "_en"),
                DSL.field(DSL.select(MODULE_TEXT.as("mt_any").field(column)).from(MODULE_TEXT.as("mt_any"))
                        .where(MODULE_TEXT.as("mt_any").MODULE_VERSION_ID.eq(versionId)).limit(1)));
    }

    private static Field<String> inLanguage(Field<String> column, Field<Long> versionId, Field<String> language,
                                            String suffix) {
        var texts = MODULE_TEXT.as("mt_" + column.getName() + suffix);
        return DSL.field(DSL.select(texts.field(column)).from(texts)
                .where(texts.MODULE_VERSION_ID.eq(versionId).and(texts.LANGUAGE.eq(language))));
    }

    static Field<String> lessonTitle(Field<Long> lessonId, String language) {
        var texts = LESSON_TEXT.as("lt_title");
        return DSL.field(DSL.select(texts.TITLE).from(texts)
                .where(texts.LESSON_ID.eq(lessonId))
                .orderBy(DSL.when(texts.LANGUAGE.eq(language), 0).when(texts.LANGUAGE.eq("en"), 1).otherwise(2))
                .limit(1));
    }

    /** The best language among those offered: the reader's, then English, then the first. */
    static String best(String offeredCsv, String language) {
        var offered = java.util.List.of(offeredCsv.split(","));
        if (offered.contains(language)) return language;
        if (offered.contains("en")) return "en";
        return offered.getFirst();
    }
}
