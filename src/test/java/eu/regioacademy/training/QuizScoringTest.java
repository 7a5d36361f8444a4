package eu.regioacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.training.content.QuestionContent.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizScoringTest {

    private static final QuizScoring.Key SINGLE = new QuizScoring.Key("s", QuestionKind.SINGLE, Set.of("a"), null);
    private static final QuizScoring.Key MULTIPLE = new QuizScoring.Key("m", QuestionKind.MULTIPLE, Set.of("a", "c"), null);
    private static final QuizScoring.Key TRUE_FALSE = new QuizScoring.Key("t", QuestionKind.TRUE_FALSE, Set.of(), false);

    @Test
    void a_single_choice_is_right_only_with_the_correct_option() {
        assertThat(QuizScoring.isCorrect(SINGLE, Set.of("a"))).isTrue();
        assertThat(QuizScoring.isCorrect(SINGLE, Set.of("b"))).isFalse();
        assertThat(QuizScoring.isCorrect(SINGLE, Set.of("a", "b"))).isFalse();
        assertThat(QuizScoring.isCorrect(SINGLE, Set.of())).isFalse();
    }

    @Test
    void a_partly_right_multiple_choice_counts_as_wrong() {
        assertThat(QuizScoring.isCorrect(MULTIPLE, Set.of("a", "c"))).isTrue();
        assertThat(QuizScoring.isCorrect(MULTIPLE, Set.of("a"))).isFalse();
        assertThat(QuizScoring.isCorrect(MULTIPLE, Set.of("a", "b", "c"))).isFalse();
    }

    @Test
    void true_false_compares_with_the_stored_answer() {
        assertThat(QuizScoring.isCorrect(TRUE_FALSE, Set.of("false"))).isTrue();
        assertThat(QuizScoring.isCorrect(TRUE_FALSE, Set.of("true"))).isFalse();
        assertThat(QuizScoring.isCorrect(TRUE_FALSE, Set.of("true", "false"))).isFalse();
    }

    @Test
    void the_score_is_the_share_of_right_answers_rounded_down_and_unanswered_questions_are_wrong() {
        QuizScoring.Score score = QuizScoring.score(List.of(SINGLE, MULTIPLE, TRUE_FALSE),
                Map.of("s", Set.of("a"), "m", Set.of("a", "c")));
        assertThat(score.correctCount()).isEqualTo(2);
        assertThat(score.percent()).isEqualTo(66);
        assertThat(score.passes(66)).isTrue();
        assertThat(score.passes(67)).isFalse();
        assertThat(score.correctByQuestion()).containsEntry("t", false);
    }
}
