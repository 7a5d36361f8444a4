package eu.regioacademy.studyvisits;

import java.util.Map;

/** Picks a text in the reader's language, else English, else the first there is. */
final class LocalizedText {

    private LocalizedText() {
    }

    static <T> T pick(Map<String, T> byLanguage, String language) {
        if (byLanguage.containsKey(language)) return byLanguage.get(language);
        if (byLanguage.containsKey("en")) return byLanguage.get("en");
        return byLanguage.values().stream().findFirst().orElseThrow(() -> new IllegalStateException("No text at all"));
    }
}
