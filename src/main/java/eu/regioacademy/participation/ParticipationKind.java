package eu.regioacademy.participation;

import java.util.Locale;

/** What a participation entry records; reports group and sum by it. */
public enum ParticipationKind {
    MODULE_ENROLLED, MODULE_COMPLETED, VISIT_ATTENDED, VISIT_FOLLOW_UP_ANSWERED, MENTORING_SESSION_HELD,
    MENTORING_COMPLETED, EXCHANGE_COMPLETED, CERTIFICATE_ISSUED, CERTIFICATE_REVOKED;

    public String translationKey() {
        return "participation.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
