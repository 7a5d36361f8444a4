package eu.regioacademy.studyvisits;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An application as the host (or the secretariat) sees it when selecting. */
public record HostApplication(long id, String applicantName, String applicantRegion, ApplicationStatus status,
                              String motivation, String takeHome, @Nullable String endorsementComment,
                              @Nullable Integer waitlistRank, @Nullable Integer placeNo, Instant appliedAt) {
}
