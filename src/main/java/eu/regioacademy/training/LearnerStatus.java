package eu.regioacademy.training;

import java.util.Locale;

/** Where a learner stands with a module. */
public enum LearnerStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED;

    public String translationKey() {
        return "learner-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
