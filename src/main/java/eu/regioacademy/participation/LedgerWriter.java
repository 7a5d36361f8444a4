package eu.regioacademy.participation;

import eu.regioacademy.platform.db.BulkInsert;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Appends generated entries to the ledger in bulk, with their region and topics given by the
 * caller (who generated both). The monthly summaries are not moved entry by entry: the
 * generator recounts them once at the end ({@link ParticipationLedger#recountSummaries}).
 * The ledger is clustered by time, so the entries are written in time order when the writer
 * closes: generated in any order, inserted at random places they would split pages all over.
 */
public final class LedgerWriter implements AutoCloseable {

    private final BulkInsert.Sink entries;
    private final List<Object[]> pending = new ArrayList<>();

    LedgerWriter(BulkInsert.Sink entries) {
        this.entries = entries;
    }

    public void add(long userId, long regionId, ParticipationKind kind, Instant occurredAt, BigDecimal quantity,
                    String source, long sourceId, String topics) {
        pending.add(new Object[] {userId, regionId, kind.name(), occurredAt, quantity, source, sourceId, topics});
    }

    public long written() {
        return entries.written() + pending.size();
    }

    @Override
    public void close() {
        pending.sort(Comparator.comparing(row -> (Instant) row[3]));
        pending.forEach(entries::add);
        pending.clear();
        entries.close();
    }
}
