package eu.regioacademy.training.content;

import java.util.List;
import java.util.Map;

/**
 * One module as read from its folder in {@code course-content/}, checked and complete: every
 * text exists in every language it offers.
 *
 * @param contentHash SHA-256 (hex) over all of the module's files; equal hash = nothing changed
 */
public record ModuleContent(
        String code,
        int declaredVersion,
        Map<String, String> titles,
        Map<String, String> summaries,
        List<String> topics,
        int estimatedMinutes,
        List<String> languages,
        int passMark,
        int maxAttempts,
        List<String> prerequisites,
        boolean awardsCertificate,
        List<LessonContent> lessons,
        List<QuestionContent> questions,
        String contentHash) {

    public ModuleContent {
        titles = Map.copyOf(titles);
        summaries = Map.copyOf(summaries);
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
        prerequisites = List.copyOf(prerequisites);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }
}
