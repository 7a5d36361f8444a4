package eu.regioacademy.training;

import eu.regioacademy.training.content.QuestionContent.QuestionKind;
import java.util.List;

/** A quiz attempt as the learner answers it: no correct answers in it. */
public record QuizPaper(long attemptId, String moduleCode, String moduleTitle, int attemptNo, int maxAttempts,
                        int passMark, List<Question> questions) {

    public record Question(String key, QuestionKind kind, String text, List<Option> options) {
    }

    public record Option(String key, String text) {
    }
}
