package eu.regioacademy.training;

import java.util.List;

/** A module as the catalogue shows it to one learner, in their language where offered. */
public record CatalogEntry(String code, String title, String summary, List<String> topics, int estimatedMinutes,
                           List<String> languages, LearnerStatus status, int progressPercent) {
}
