package eu.regioacademy.training;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A module in the learner's own list. */
public record MyLearningItem(String code, String title, LearnerStatus status, int progressPercent,
                             Instant enrolledAt, @Nullable Instant completedAt) {
}
