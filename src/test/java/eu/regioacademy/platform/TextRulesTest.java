package eu.regioacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void tabs_line_breaks_emoji_and_any_script_are_accepted() {
        assertThat(TextRules.hasForbiddenCharacters("a\tb\r\nc 👩🏽‍💻 e\u0301 \u202Eשלום مرحبا")).isFalse();
    }

    @Test
    void control_characters_and_unpaired_surrogates_are_refused() {
        assertThat(TextRules.hasForbiddenCharacters("nul\u0000")).isTrue();
        assertThat(TextRules.hasForbiddenCharacters("escape\u001B[2J")).isTrue();
        assertThat(TextRules.hasForbiddenCharacters("del\u007F")).isTrue();
        assertThat(TextRules.hasForbiddenCharacters("next line\u0085")).isTrue();
        assertThat(TextRules.hasForbiddenCharacters("half \uD83D")).isTrue();
        assertThat(TextRules.hasForbiddenCharacters("\uDE00 other half")).isTrue();
    }

    @Test
    void length_is_counted_in_characters_as_the_database_counts_them() {
        Map<String, String> errors = new HashMap<>();
        assertThat(TextRules.check(errors, "name", "😀".repeat(10), 10)).isTrue();
        assertThat(TextRules.check(errors, "name", "😀".repeat(11), 10)).isFalse();
        assertThat(errors).containsEntry("name", TextRules.TOO_LONG);
    }

    @Test
    void dates_outside_1900_to_2199_are_absurd() {
        assertThat(TextRules.isAbsurd(LocalDate.of(1, 1, 1))).isTrue();
        assertThat(TextRules.isAbsurd(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(TextRules.isAbsurd(Instant.parse("1899-12-31T23:00:00Z"))).isTrue();
        assertThat(TextRules.isAbsurd(LocalDate.of(2026, 12, 6))).isFalse();
    }
}
