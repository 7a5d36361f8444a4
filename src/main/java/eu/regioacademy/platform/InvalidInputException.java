package eu.regioacademy.platform;

import java.util.Map;

/**
 * Input a service refused, field by field, as translation keys: the UI shows each message
 * next to its field, in the user's language. Nothing was written.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errorKeysByField;

    public InvalidInputException(Map<String, String> errorKeysByField) {
        super("Invalid input: " + errorKeysByField);
        this.errorKeysByField = Map.copyOf(errorKeysByField);
    }

    public static InvalidInputException of(String field, String errorKey) {
        return new InvalidInputException(Map.of(field, errorKey));
    }

    public Map<String, String> errorKeysByField() {
        return errorKeysByField;
    }
}
