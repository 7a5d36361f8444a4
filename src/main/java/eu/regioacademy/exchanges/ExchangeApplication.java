package eu.regioacademy.exchanges;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An application to a placement, as its applicant, their coordinator and the allocators see it.
 *
 * @param conflict why this applicant cannot be allocated now (already placed in the call, or overlapping), or null
 */
public record ExchangeApplication(long id, long placementId, String department, String hostRegion, long applicantId,
                                  String applicantName, String applicantRegion, int rank, String motivation,
                                  LocalDate proposedFrom, LocalDate proposedUntil, ExchangeApplicationStatus status,
                                  @Nullable String endorsementComment, @Nullable String conflict) {
}
