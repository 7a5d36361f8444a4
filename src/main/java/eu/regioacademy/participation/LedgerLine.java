package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.time.Instant;

/** One ledger entry as the drill-down and the entries export show it. */
public record LedgerLine(long id, Instant occurredAt, long userId, String personName, String regionName,
                         String nutsCode, ParticipationKind kind, BigDecimal quantity, String topics,
                         String source, long sourceId) {
}
