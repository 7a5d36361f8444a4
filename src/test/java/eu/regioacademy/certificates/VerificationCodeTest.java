package eu.regioacademy.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codes_carry_more_than_sixty_bits_of_randomness_and_never_use_look_alike_symbols() {
        double bits = VerificationCode.RANDOM_LENGTH * Math.log(VerificationCode.ALPHABET.length()) / Math.log(2);
        assertThat(bits).isGreaterThan(60);
        assertThat(VerificationCode.ALPHABET).doesNotContain("0", "O", "1", "I");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(VerificationCode.random().value())).isTrue();
        }
    }

    @RepeatedTest(20)
    void every_single_symbol_typo_is_detected() {
        String code = VerificationCode.random().value();
        for (int position = 0; position < code.length(); position++) {
            for (char other : VerificationCode.ALPHABET.toCharArray()) {
                if (other == code.charAt(position)) continue;
                String typo = code.substring(0, position) + other + code.substring(position + 1);
                assertThat(VerificationCode.parse(typo)).as(typo).isInstanceOf(VerificationCode.TypingError.class);
            }
        }
    }

    @RepeatedTest(20)
    void every_swap_of_two_neighbours_is_detected() {
        String code = VerificationCode.random().value();
        for (int i = 0; i + 1 < code.length(); i++) {
            if (code.charAt(i) == code.charAt(i + 1)) continue;
            String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
            assertThat(VerificationCode.parse(swapped)).as(swapped).isInstanceOf(VerificationCode.TypingError.class);
        }
    }

    @Test
    void a_code_is_read_back_from_its_grouped_display_in_any_case() {
        VerificationCode code = VerificationCode.random();
        assertThat(code.display()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}");
        assertThat(VerificationCode.tryParse(" " + code.display().toLowerCase() + " ")).contains(code);
        assertThat(VerificationCode.parse("not a code")).isInstanceOf(VerificationCode.Malformed.class);
        assertThat(VerificationCode.parse("O000-0000-0000-00")).isInstanceOf(VerificationCode.TypingError.class);
    }
}
