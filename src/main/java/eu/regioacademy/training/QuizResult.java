package eu.regioacademy.training;

import java.util.List;

/** The server's verdict on a submitted attempt, with an explanation for every question. */
public record QuizResult(int correctCount, int questionCount, int scorePercent, boolean passed, int attemptsLeft,
                         boolean moduleCompleted, List<Feedback> feedback) {

    public record Feedback(String questionKey, String question, boolean correct, String correctAnswer,
                           String explanation) {
    }
}
