package eu.regioacademy.studyvisits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a host enters for a visit; the service checks it field by field. */
public record VisitDraft(VisitKind kind, long hostRegionId, String city, String venue,
                         @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Instant applicationDeadline,
                         int capacity, List<String> workingLanguages, Set<String> themes, Map<String, Text> texts,
                         BigDecimal dailyAllowance, List<TravelBand> travelBands, List<AgendaItem> agenda,
                         List<Material> materials) {

    public VisitDraft {
        workingLanguages = List.copyOf(workingLanguages);
        themes = Set.copyOf(themes);
        texts = Map.copyOf(texts);
        travelBands = List.copyOf(travelBands);
        agenda = List.copyOf(agenda);
        materials = List.copyOf(materials);
    }

    public record Text(String title, String description) {
    }

    public record TravelBand(int upToKm, BigDecimal amount) {
    }

    public record AgendaItem(LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, String speaker,
                             String place) {
    }

    public record Material(String label, String url) {
    }

    /** Erasmus+ 2021-2027 travel bands, a sensible start for most hosts. */
    public static List<TravelBand> standardTravelBands() {
        return List.of(new TravelBand(99, new BigDecimal("28")), new TravelBand(499, new BigDecimal("211")),
                new TravelBand(1999, new BigDecimal("309")), new TravelBand(2999, new BigDecimal("395")),
                new TravelBand(3999, new BigDecimal("580")), new TravelBand(7999, new BigDecimal("1188")));
    }
}
