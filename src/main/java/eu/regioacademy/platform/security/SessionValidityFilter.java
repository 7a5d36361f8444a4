package eu.regioacademy.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose user signed out everywhere after it signed in, or whose account
 * was deactivated. Checked at most once per {@code interval} per session, so a busy session costs
 * one primary-key read now and then, not one per request.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private static final String CHECKED_AT = SessionValidityFilter.class.getName() + ".checkedAt";

    private final SessionValidity validity;
    private final Clock clock;
    private final Duration interval;

    SessionValidityFilter(SessionValidity validity, Clock clock, Duration interval) {
        this.validity = validity;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            Instant now = clock.instant();
            Instant checkedAt = session.getAttribute(CHECKED_AT) instanceof Instant at ? at : Instant.EPOCH;
            if (!now.isBefore(checkedAt.plus(interval))) {
                Instant signedInAt = session.getAttribute(SessionValidity.SIGNED_IN_AT) instanceof Instant at
                        ? at : Instant.ofEpochMilli(session.getCreationTime());
                if (!validity.stillValid(user.id(), signedInAt)) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                } else {
                    session.setAttribute(CHECKED_AT, now);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
