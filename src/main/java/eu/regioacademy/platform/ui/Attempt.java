package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.Component;
import eu.regioacademy.platform.InvalidInputException;
import java.util.stream.Collectors;

/**
 * Runs a user's action against a service; a refusal is shown as a translated message and
 * nothing else happens. Forms with fields use {@link FieldErrors} instead.
 */
public final class Attempt {

    private Attempt() {
    }

    /** @return whether the action went through */
    public static boolean run(Component translator, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            Notifications.error(e.errorKeysByField().values().stream().map(translator::getTranslation)
                    .collect(Collectors.joining("\n")));
            return false;
        }
    }

    /** Runs it, and on success confirms with the message and calls {@code then}. */
    public static void run(Component translator, Runnable action, String successKey, Runnable then) {
        if (run(translator, action)) {
            Notifications.success(translator.getTranslation(successKey));
            then.run();
        }
    }
}
