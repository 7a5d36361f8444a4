package eu.regioacademy.platform;

import java.util.List;

/**
 * The network's shared taxonomy of topics: training modules, study visits, hosting offers
 * and mentoring all tag with these, so one filter finds everything on a subject.
 */
public final class Topics {

    public static final List<String> ALL = List.of("integration-policy", "indicators", "health", "funding",
            "eu-programmes", "partnerships", "study-visits", "exchanges", "peer-learning", "reception", "employment",
            "language-learning");

    private Topics() {
    }

    public static boolean known(String topic) {
        return ALL.contains(topic);
    }
}
