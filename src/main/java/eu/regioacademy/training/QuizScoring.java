package eu.regioacademy.training;

import eu.regioacademy.training.content.QuestionContent.QuestionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores answers against the stored correct answers. A multiple-choice question counts only
 * when exactly the correct options are chosen: a partial answer is a wrong answer.
 */
final class QuizScoring {

    private QuizScoring() {
    }

    /** A question's correct answer as stored: the correct option keys, or the true/false answer. */
    record Key(String questionKey, QuestionKind kind, Set<String> correctOptions, @Nullable Boolean answerTrue) {
    }

    record Score(Map<String, Boolean> correctByQuestion, int correctCount, int questionCount, int percent) {

        boolean passes(int passMark) {
            return percent >= passMark;
        }
    }

    static boolean isCorrect(Key key, Set<String> chosen) {
        return switch (key.kind()) {
            case SINGLE, MULTIPLE -> !chosen.isEmpty() && chosen.equals(key.correctOptions());
            case TRUE_FALSE -> chosen.size() == 1 && chosen.contains(String.valueOf(key.answerTrue()));
        };
    }

    static Score score(List<Key> keys, Map<String, Set<String>> answers) {
        var correctByQuestion = new java.util.LinkedHashMap<String, Boolean>();
        int correct = 0;
        for (Key key : keys) {
            boolean ok = isCorrect(key, answers.getOrDefault(key.questionKey(), Set.of()));
            correctByQuestion.put(key.questionKey(), ok);
            if (ok) correct++;
        }
        int percent = keys.isEmpty() ? 0 : (int) Math.floor(correct * 100.0 / keys.size());
        return new Score(correctByQuestion, correct, keys.size(), percent);
    }
}
