package eu.regioacademy.platform.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP endpoints (downloads, the certificate API, feeds, sign-in) answer 503 with
 * {@code Retry-After} while the database is unreachable, with a short plain text and no stack
 * trace. Vaadin's own requests never get here with such an error: Vaadin hands it to the UI's
 * error handler, which shows the same message as a notification.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String MESSAGE = "The service is temporarily unavailable. Please try again in a few minutes.\n";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure) || response.isCommitted()) throw failure;
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(MESSAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}
