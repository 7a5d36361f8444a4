package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing a person did, as the ledger records it. The region is the person's region at
 * the time it is recorded.
 *
 * @param quantity hours, days or weeks depending on the kind; zero where it does not apply
 * @param source   what produced it, e.g. "enrolment", with the id of that row
 */
public record ParticipationEntry(long userId, ParticipationKind kind, Instant occurredAt, BigDecimal quantity,
                                 String source, long sourceId) {
}
