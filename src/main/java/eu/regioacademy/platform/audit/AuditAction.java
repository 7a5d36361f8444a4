package eu.regioacademy.platform.audit;

/** What was decided. Stored by name; the admin view labels each through {@code audit.action.*}. */
public enum AuditAction {
    APPLICATION_ENDORSED,
    APPLICATION_DECLINED,
    APPLICATION_SELECTED,
    APPLICATION_WAITLISTED,
    APPLICATION_REJECTED,
    PLACE_CANCELLED,
    EXCHANGE_APPLICATION_ENDORSED,
    EXCHANGE_APPLICATION_DECLINED,
    PLACEMENT_ALLOCATED,
    RECOGNITION_SIGNED,
    PAIRING_ENDED,
    CERTIFICATE_ISSUED,
    CERTIFICATE_REVOKED,
    USER_CREATED,
    USER_UPDATED,
    ROLES_CHANGED,
    USER_DEACTIVATED,
    PASSWORD_RESET,
    PERSONAL_DATA_EXPORTED,
    PERSONAL_RECORD_DOWNLOADED,
    PERSON_ERASED;

    public String translationKey() {
        return "audit.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
