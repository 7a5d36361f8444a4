package eu.regioacademy.studyvisits;

import java.time.Instant;
import java.util.List;

/** A region's standing "we can host" offer. */
public record HostingOffer(long id, long regionId, String region, String theme, String title, String whatVisitorsSee,
                           List<String> languages, String preferredPeriods, boolean active, Instant createdAt) {
}
