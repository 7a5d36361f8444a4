package eu.regioacademy.training;

import org.jspecify.annotations.Nullable;

/** Narrows a module's progress table: by name or e-mail, region and status. */
public record ProgressFilter(String search, @Nullable Long regionId, @Nullable LearnerStatus status) {

    public static ProgressFilter none() {
        return new ProgressFilter("", null, null);
    }
}
