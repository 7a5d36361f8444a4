package eu.regioacademy.platform.security;

/** Role names as used in {@code @RolesAllowed}, which needs compile-time constants. */
public final class Roles {
    public static final String LEARNER = "LEARNER";
    public static final String MENTOR = "MENTOR";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
