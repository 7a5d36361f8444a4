package eu.regioacademy.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Map;

/**
 * The app-wide rules for what people type, shared by every service: text carries no control
 * characters except tab and line breaks and no broken surrogate pairs (they would be stored as
 * something else than was typed, or act on a terminal or a PDF when shown), stays within its
 * column's length, and dates are of a year a person could mean.
 */
public final class TextRules {

    /** The message keys, translated in all bundles. */
    public static final String CONTROL_CHARACTERS = "input.error.control-characters";
    public static final String TOO_LONG = "validation.too-long";
    public static final String ABSURD_DATE = "input.error.absurd-date";
    public static final String OUT_OF_RANGE = "input.error.out-of-range";

    /** Years outside this range are typing mistakes, never plans or records of this network. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private TextRules() {
    }

    /** Whether the text holds a character nobody types into a form: C0/C1 controls (not tab or line breaks), DEL, an unpaired surrogate. */
    public static boolean hasForbiddenCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) return true;
        }
        return false;
    }

    /**
     * Adds the field's error when the text breaks a rule: forbidden characters, or more than
     * {@code maxLength} characters (the column's size, counted as MariaDB counts: code points).
     *
     * @return whether the text passed
     */
    public static boolean check(Map<String, String> errors, String field, String text, int maxLength) {
        if (hasForbiddenCharacters(text)) {
            errors.putIfAbsent(field, CONTROL_CHARACTERS);
            return false;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.putIfAbsent(field, TOO_LONG);
            return false;
        }
        return true;
    }

    /** Throws for the field when the text breaks a rule (see {@link #check}). */
    public static void require(String field, String text, int maxLength) {
        Map<String, String> errors = new java.util.HashMap<>();
        if (!check(errors, field, text, maxLength)) throw new InvalidInputException(errors);
    }

    /** Whether a date or time lies in a year nobody plans for or records here. */
    public static boolean isAbsurd(Temporal when) {
        int year = switch (when) {
            case LocalDate d -> d.getYear();
            case LocalDateTime t -> t.getYear();
            case ZonedDateTime z -> z.getYear();
            case Instant i -> i.atOffset(ZoneOffset.UTC).getYear();
            default -> FIRST_YEAR;
        };
        return year < FIRST_YEAR || year > LAST_YEAR;
    }

    /** Adds the field's error when a number lies outside {@code min..max}. @return whether it passed */
    public static boolean checkRange(Map<String, String> errors, String field, long value, long min, long max) {
        if (value < min || value > max) {
            errors.putIfAbsent(field, OUT_OF_RANGE);
            return false;
        }
        return true;
    }
}
