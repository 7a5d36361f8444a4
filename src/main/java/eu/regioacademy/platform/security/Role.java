package eu.regioacademy.platform.security;

/** What a person may do on the platform; a person can hold several. */
public enum Role {
    LEARNER, MENTOR, COORDINATOR, SECRETARIAT, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
