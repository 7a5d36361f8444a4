package eu.regioacademy.studyvisits;

import java.util.Locale;

/** What kind of visit it is, with the defaults a host starts from. */
public enum VisitKind {
    /** Staff travel to a host region. */
    STUDY_VISIT(12, 3),
    /** A host region's experts go to a requesting region. */
    EXPERT_MISSION(3, 2),
    /** A group from several regions reviews or works on a practice together. */
    PEER_REVIEW(20, 2);

    private final int defaultCapacity;
    private final int defaultDays;

    VisitKind(int defaultCapacity, int defaultDays) {
        this.defaultCapacity = defaultCapacity;
        this.defaultDays = defaultDays;
    }

    public int defaultCapacity() {
        return defaultCapacity;
    }

    public int defaultDays() {
        return defaultDays;
    }

    public String translationKey() {
        return "visit.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
