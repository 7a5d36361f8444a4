package eu.regioacademy.studyvisits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A visit's page as one viewer sees it: the record (agenda, costs, report, materials),
 * and what the viewer may do.
 *
 * @param hostedByViewer the viewer is its host (coordinator of the host region) or the secretariat
 * @param mine           the viewer's own application, if any
 * @param estimate       the viewer's eligible costs, if the visit takes applications from them
 */
public record VisitDetails(long id, int version, VisitKind kind, VisitStatus status, long hostRegionId,
                           String hostRegion, String city, String venue, LocalDate startsOn, LocalDate endsOn,
                           String timeZone, int capacity, int placesTaken, int waitlisted, Instant applicationDeadline,
                           List<String> workingLanguages, Set<String> themes, String title, String description,
                           Map<String, VisitDraft.Text> texts, BigDecimal dailyAllowance,
                           List<VisitDraft.TravelBand> travelBands, List<VisitDraft.AgendaItem> agenda,
                           List<VisitDraft.Material> materials, @Nullable String report, @Nullable String cancelReason,
                           @Nullable Instant certificatesIssuedAt, @Nullable String requestedBy,
                           boolean hostedByViewer, @Nullable MyApplication mine, @Nullable CostEstimate estimate,
                           boolean applicationsOpen) {

    public int days() {
        return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
    }

    public VisitDraft toDraft() {
        return new VisitDraft(kind, hostRegionId, city, venue, startsOn, endsOn, applicationDeadline, capacity,
                workingLanguages, themes, texts, dailyAllowance, travelBands, agenda, materials);
    }
}
