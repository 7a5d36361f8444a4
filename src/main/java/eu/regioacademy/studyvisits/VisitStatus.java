package eu.regioacademy.studyvisits;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A visit's life: draft → open for applications → selection → confirmed → completed, or
 * cancelled from any state before it is completed. Nothing else is possible.
 */
public enum VisitStatus {
    DRAFT, OPEN, SELECTION, CONFIRMED, COMPLETED, CANCELLED;

    public Set<VisitStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(SELECTION, CANCELLED);
            case SELECTION -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(VisitStatus.class);
        };
    }

    public boolean canMoveTo(VisitStatus target) {
        return next().contains(target);
    }

    /** Hosts may still choose among applicants, fill freed places or take withdrawals. */
    public boolean selecting() {
        return this == OPEN || this == SELECTION || this == CONFIRMED;
    }

    public String translationKey() {
        return "visit.status." + name().toLowerCase(Locale.ROOT);
    }
}
