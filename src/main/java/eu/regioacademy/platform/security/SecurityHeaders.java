package eu.regioacademy.platform.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.stereotype.Component;

/**
 * Response headers for browsers, switched on by {@code regio.security.headers=true} (the
 * {@code prod} profile). Spring Security's defaults (nosniff, no caching of pages) stay in
 * every profile. The content security policy is what Vaadin Flow needs: its bootstrap is an
 * inline script and {@code executeJs} compiles functions ({@code 'unsafe-inline'},
 * {@code 'unsafe-eval'}); everything else comes from this origin only, and no site may frame us.
 */
@Component
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private final boolean enabled;
    private final Duration sessionCheckInterval;

    SecurityHeaders(@Value("${regio.security.headers:false}") boolean enabled,
                    @Value("${regio.security.session-check-interval:15s}") Duration sessionCheckInterval) {
        this.enabled = enabled;
        this.sessionCheckInterval = sessionCheckInterval;
    }

    Duration sessionCheckInterval() {
        return sessionCheckInterval;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Sets the headers on every response before anything else runs. (Set through Spring
     * Security's header configuration they did not reach the responses of Vaadin's pages.)
     */
    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            // behind the TLS-terminating proxy every request is HTTPS to the browser
            response.setHeader("Strict-Transport-Security", "max-age=" + Duration.ofDays(365).toSeconds() + "; includeSubDomains");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            chain.doFilter(request, response);
        }
    }
}
