package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** What the user sees when something fails that no view handled: a translated message. */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String key;
        if (cause instanceof ConcurrentChangeException) {
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
