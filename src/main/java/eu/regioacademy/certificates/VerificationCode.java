package eu.regioacademy.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's public code: 13 random symbols (31^13 ≈ 2^64, well over 60 bits) from an
 * alphabet without look-alikes (no 0/O, 1/I, U/V), then one check symbol, shown in groups of
 * four ({@code K7QM-3XHD-PW9R-2E}).
 *
 * <p>The check symbol is the weighted sum (weights 1, 2, 3, …) of the symbol values modulo 31.
 * Because 31 is prime and every weight is below it, changing any one symbol changes the sum, and
 * swapping two neighbours changes it by their difference: every single-symbol typo and every
 * adjacent swap is detected.
 */
public record VerificationCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTVWXYZ";
    static final int RANDOM_LENGTH = 13;
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value.length() != RANDOM_LENGTH + 1 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                || checkSymbol(value.substring(0, RANDOM_LENGTH)) != value.charAt(RANDOM_LENGTH)) {
            throw new IllegalArgumentException("Not a valid verification code");
        }
    }

    public static VerificationCode random() {
        return random(RANDOM);
    }

    /** A code drawn from the given source: seeded for reproducible generated data, secure otherwise. */
    static VerificationCode random(java.util.random.RandomGenerator source) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            code.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString() + checkSymbol(code.toString()));
    }

    /** What someone typed, without spaces and dashes, in capitals. */
    public static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The outcome of reading a typed code: a valid code, a typing error, or not a code at all. */
    public sealed interface Parsed permits Valid, TypingError, Malformed {
    }

    public record Valid(VerificationCode code) implements Parsed {
    }

    public record TypingError() implements Parsed {
    }

    public record Malformed() implements Parsed {
    }

    public static Parsed parse(String typed) {
        String clean = normalise(typed);
        if (clean.length() != RANDOM_LENGTH + 1 || !clean.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return clean.length() == RANDOM_LENGTH + 1 ? new TypingError() : new Malformed();
        }
        return checkSymbol(clean.substring(0, RANDOM_LENGTH)) == clean.charAt(RANDOM_LENGTH)
                ? new Valid(new VerificationCode(clean)) : new TypingError();
    }

    public static Optional<VerificationCode> tryParse(String typed) {
        return parse(typed) instanceof Valid valid ? Optional.of(valid.code()) : Optional.empty();
    }

    static char checkSymbol(String symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(symbols.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }

    /** Grouped by four for reading aloud and typing. */
    public String display() {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) grouped.append('-');
            grouped.append(value.charAt(i));
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
