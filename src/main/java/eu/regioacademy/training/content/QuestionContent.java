package eu.regioacademy.training.content;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A quiz question. SINGLE has exactly one correct option, MULTIPLE at least one correct
 * option among at least three, TRUE_FALSE no options and an {@code answer}.
 */
public record QuestionContent(
        String key,
        QuestionKind kind,
        Map<String, String> texts,
        Map<String, String> explanations,
        List<OptionContent> options,
        @Nullable Boolean answer) {

    public QuestionContent {
        texts = Map.copyOf(texts);
        explanations = Map.copyOf(explanations);
        options = List.copyOf(options);
    }

    public enum QuestionKind { SINGLE, MULTIPLE, TRUE_FALSE }

    public record OptionContent(String key, boolean correct, Map<String, String> texts) {
        public OptionContent {
            texts = Map.copyOf(texts);
        }
    }
}
