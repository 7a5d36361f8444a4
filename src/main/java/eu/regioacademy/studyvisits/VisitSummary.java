package eu.regioacademy.studyvisits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of the visits list. */
public record VisitSummary(long id, VisitKind kind, VisitStatus status, String title, String hostRegion, String city,
                           LocalDate startsOn, LocalDate endsOn, List<String> languages, int capacity, int placesTaken,
                           Instant applicationDeadline) {

    public int placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }
}
