package eu.regioacademy.studyvisits;

import java.util.Locale;

/** Where an application stands, as the applicant, their coordinator and the host see it. */
public enum ApplicationStatus {
    /** Waits for the applicant's regional coordinator. */
    PENDING,
    ENDORSED,
    /** Declined by the applicant's coordinator. */
    DECLINED,
    WAITLISTED,
    /** Holds a place; the applicant still has to confirm it. */
    SELECTED,
    CONFIRMED,
    NOT_SELECTED,
    WITHDRAWN;

    public boolean holdsPlace() {
        return this == SELECTED || this == CONFIRMED;
    }

    public String translationKey() {
        return "application.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
