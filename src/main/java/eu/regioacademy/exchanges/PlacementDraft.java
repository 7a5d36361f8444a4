package eu.regioacademy.exchanges;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a host region's coordinator publishes in a call. */
public record PlacementDraft(long callId, long hostRegionId, String department, Set<String> topics, String work,
                             String supervisorEmail, List<String> languages, int places, LocalDate availableFrom,
                             LocalDate availableUntil) {

    public PlacementDraft {
        topics = Set.copyOf(topics);
        languages = List.copyOf(languages);
    }
}
