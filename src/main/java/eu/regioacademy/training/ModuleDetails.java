package eu.regioacademy.training;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the module page shows a learner. */
public record ModuleDetails(
        String code,
        int versionNo,
        String language,
        String title,
        String summary,
        List<String> topics,
        int estimatedMinutes,
        List<String> languages,
        int passMark,
        int maxAttempts,
        boolean awardsCertificate,
        List<LessonSummary> lessons,
        List<Prerequisite> prerequisites,
        LearnerStatus status,
        int progressPercent,
        int attemptsUsed,
        @Nullable Integer bestScore,
        boolean quizPassed,
        @Nullable Instant completedAt,
        @Nullable String resumeSlug) {

    public boolean prerequisitesMet() {
        return prerequisites.stream().allMatch(Prerequisite::met);
    }

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attemptsUsed);
    }

    public record LessonSummary(int position, String slug, String title, boolean done) {
    }

    public record Prerequisite(String code, String title, boolean met) {
    }
}
