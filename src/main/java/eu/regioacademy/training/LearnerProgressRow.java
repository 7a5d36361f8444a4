package eu.regioacademy.training;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One learner's progress in a module, for the secretariat's table and CSV export. */
public record LearnerProgressRow(String name, String email, String regionName, LearnerStatus status,
                                 int progressPercent, @Nullable Integer bestScore, Instant enrolledAt,
                                 @Nullable Instant completedAt) {
}
