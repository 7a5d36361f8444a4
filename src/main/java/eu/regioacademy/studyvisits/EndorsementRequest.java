package eu.regioacademy.studyvisits;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An application from the coordinator's own region, waiting for (or given) their word. */
public record EndorsementRequest(long applicationId, long visitId, String visitTitle, String hostRegion,
                                 LocalDate startsOn, LocalDate endsOn, String applicantName, String motivation,
                                 String takeHome, ApplicationStatus status, @Nullable String comment, Instant appliedAt) {
}
