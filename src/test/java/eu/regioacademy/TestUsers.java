package eu.regioacademy;

import static eu.regioacademy.db.Tables.APP_USER;

import eu.regioacademy.platform.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo accounts every test may use, and signing in as one of them. */
public final class TestUsers {

    public static final String LEARNER = "learner@example.org";
    public static final String MENTOR = "mentor@example.org";
    public static final String COORDINATOR = "coordinator@example.org";
    public static final String SECRETARIAT = "secretariat@example.org";
    public static final String ADMIN = "admin@example.org";
    public static final String DEMO_PASSWORD = "demo";

    private TestUsers() {
    }

    /** The database id of the account with this e-mail. */
    public static long idOf(org.jooq.DSLContext db, String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
    }

    /**
     * Vaadin installs its own security context holder strategy per Spring context, as a global.
     * When tests start a second context (browser tests on a real port), the global points at
     * that one; each test puts back the strategy of the context it uses.
     */
    public static void useSecurityContextOf(org.springframework.context.ApplicationContext context) {
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Signs in on the current thread with the given context's own security beans. */
    public static Authentication signIn(org.springframework.context.ApplicationContext context, String email) {
        useSecurityContextOf(context);
        return signIn(context.getBean(UserDetailsService.class), context.getBean(PasswordEncoder.class), email);
    }

    /** For benchmarks: acts as a generated staff member, who has no password to check. */
    public static Authentication actAs(org.springframework.context.ApplicationContext context, String email) {
        useSecurityContextOf(context);
        SignedInUser user = (SignedInUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    /**
     * Signs in as the app's own authentication would: loads the account through the real
     * user details service and checks the demo password against the stored hash.
     */
    public static Authentication signIn(UserDetailsService users, PasswordEncoder encoder, String email) {
        SignedInUser user = (SignedInUser) users.loadUserByUsername(email);
        if (!encoder.matches(DEMO_PASSWORD, user.getPassword())) {
            throw new AssertionError("The demo password does not match for " + email);
        }
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }
}
