package eu.regioacademy.training.content;

import java.util.Map;

/**
 * A lesson in all the module's languages.
 *
 * @param position    1, 2, 3 … from the file name prefix
 * @param slug        the file name without number and language, e.g. "why-regions-matter"
 * @param texts       language → title (the file's first "# " heading) and Markdown body (the rest)
 * @param contentHash SHA-256 (hex) over the lesson's files in every language; unchanged hash =
 *                    a learner's progress on it still counts in a new module version
 */
public record LessonContent(int position, String slug, Map<String, LessonText> texts, String contentHash) {

    public LessonContent {
        texts = Map.copyOf(texts);
    }

    public record LessonText(String title, String markdown) {
    }
}
