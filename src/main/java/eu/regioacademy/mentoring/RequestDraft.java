package eu.regioacademy.mentoring;

import java.util.List;
import java.util.Set;

/** A learner's request for mentoring in a cycle. */
public record RequestDraft(long cycleId, String goals, Set<String> topics, List<String> languages, boolean otherRegion,
                           boolean otherCountry) {

    public RequestDraft {
        topics = Set.copyOf(topics);
        languages = List.copyOf(languages);
    }
}
