package eu.regioacademy.participation;

import eu.regioacademy.platform.db.BulkInsert;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Appends generated entries to the ledger in bulk, with their region and topics given by the
 * caller (who generated both). The monthly summaries are not moved entry by entry: the
 * generator recounts them once at the end ({@link ParticipationLedger#recountSummaries}).
 */
public final class LedgerWriter implements AutoCloseable {

    private final BulkInsert.Sink entries;

    LedgerWriter(BulkInsert.Sink entries) {
        this.entries = entries;
    }

    public void add(long userId, long regionId, ParticipationKind kind, Instant occurredAt, BigDecimal quantity,
                    String source, long sourceId, String topics) {
        entries.add(userId, regionId, kind.name(), occurredAt, quantity, source, sourceId, topics);
    }

    public long written() {
        return entries.written();
    }

    @Override
    public void close() {
        entries.close();
    }
}
