package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import eu.regioacademy.platform.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a service's refusal next to the fields it concerns, in the user's language. */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Component translator;

    public FieldErrors(Component translator) {
        this.translator = translator;
    }

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** @return the messages that belong to no bound field, already translated, one per line */
    public String show(InvalidInputException e) {
        clear();
        StringBuilder unbound = new StringBuilder();
        e.errorKeysByField().forEach((field, key) -> {
            String message = translator.getTranslation(key);
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            } else {
                unbound.append(message).append('\n');
            }
        });
        return unbound.toString().strip();
    }

    /**
     * Runs a service call; a refusal goes next to its fields (the rest in a message) and
     * the call's effects are gone with its transaction.
     *
     * @return whether it went through
     */
    public boolean attempt(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            String other = show(e);
            if (!other.isEmpty()) Notifications.error(other);
            return false;
        }
    }
}
