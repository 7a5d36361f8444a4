package eu.regioacademy.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * "Sign out everywhere": the moment is stored on the account, and every session that signed in
 * before it ends at its next request ({@link SessionValidityFilter}), on any instance.
 */
@Service
public class SessionValidity {

    /** Session attribute: when this session signed in. */
    static final String SIGNED_IN_AT = SessionValidity.class.getName() + ".signedInAt";

    private final SessionValidityRepository validity;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionValidity(SessionValidityRepository validity, CurrentUser currentUser, Clock clock) {
        this.validity = validity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Ends all of the signed-in user's sessions, this one included (the caller signs it out). */
    @PermitAll
    @Transactional
    public void signOutEverywhere() {
        // a millisecond ahead: a session that signed in within this same millisecond ends too
        validity.endSessionsBefore(currentUser.require().id(), clock.instant().plusMillis(1));
    }

    /** Whether a session that signed in at {@code signedInAt} may still act for this user. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean stillValid(long userId, Instant signedInAt) {
        return validity.of(userId)
                .map(v -> v.active() && (v.validAfter() == null || signedInAt.isAfter(v.validAfter())))
                .orElse(false);
    }

    /** Marks the session of an interactive sign-in with its time (the id changes after, the attributes stay). */
    @EventListener
    @PermitAll
    public void onSignIn(AuthenticationSuccessEvent event) {
        HttpSession session = currentSession();
        if (session != null) {
            session.setAttribute(SIGNED_IN_AT, clock.instant());
        }
    }

    private static @Nullable HttpSession currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getSession(true) : null;
    }
}
