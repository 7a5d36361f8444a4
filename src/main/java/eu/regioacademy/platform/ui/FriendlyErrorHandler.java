package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;

/** What the user sees when something fails that no view handled: a translated message. */
class FriendlyErrorHandler implements ErrorHandler {

    static final String DATABASE_UNAVAILABLE_KEY = "error.database-unavailable";
    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String key;
        if (DatabaseUnavailable.isCauseOf(event.getThrowable())) {
            // expected during an outage; the pool reconnects by itself, the user just tries again
            key = DATABASE_UNAVAILABLE_KEY;
            log.warn("Database unavailable: {}", event.getThrowable().toString());
        } else if (cause instanceof ConcurrentChangeException || lostRace(event.getThrowable())) {
            key = ConcurrentChangeException.MESSAGE_KEY;
        } else if (cause instanceof InvalidInputException) {
            key = "error.invalid-input";
        } else if (cause instanceof AccessDeniedException) {
            key = "error.access-denied";
        } else {
            key = "error.unexpected";
            log.error("Unhandled error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(ui.getTranslation(key));
        }
    }

    /**
     * A deadlock, a lock wait that timed out or a unique key that refused a racing copy: the
     * services turn the races they know into their own messages; any other is, for the user,
     * someone else having acted first.
     */
    private static boolean lostRace(Throwable t) {
        for (Throwable current = t; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof ConcurrencyFailureException || current instanceof DuplicateKeyException) {
                log.warn("A concurrent change reached the UI: {}", current.toString());
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof ConcurrentChangeException || current instanceof InvalidInputException
                || current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
