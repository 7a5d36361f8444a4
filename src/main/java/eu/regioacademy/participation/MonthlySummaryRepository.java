package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.PARTICIPATION_MONTH;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code participation_month} in step with the ledger: every entry written or removed
 * moves its month's counts (once for all topics, once per topic of the entry), in the same
 * transaction, so the summary never disagrees with the entries.
 */
@Repository
class MonthlySummaryRepository {

    /** One ledger entry as the summary counts it. */
    record Counted(long regionId, ParticipationKind kind, Instant occurredAt, BigDecimal quantity, String topics) {
    }

    private record Key(LocalDate month, long regionId, String kind, String topic) {
    }

    private final DSLContext db;

    MonthlySummaryRepository(DSLContext db) {
        this.db = db;
    }

    void add(List<Counted> entries) {
        apply(entries, 1);
    }

    void subtract(List<Counted> entries) {
        apply(entries, -1);
        db.deleteFrom(PARTICIPATION_MONTH).where(PARTICIPATION_MONTH.ENTRIES.eq(0)).execute();
    }

    private void apply(List<Counted> entries, int sign) {
        Map<Key, long[]> counts = new HashMap<>();
        Map<Key, BigDecimal> sums = new HashMap<>();
        for (Counted e : entries) {
            LocalDate month = e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
            count(counts, sums, new Key(month, e.regionId(), e.kind().name(), ""), e.quantity());
            if (!e.topics().isEmpty()) {
                for (String topic : e.topics().split(",")) {
                    count(counts, sums, new Key(month, e.regionId(), e.kind().name(), topic), e.quantity());
                }
            }
        }
        // a fixed order of rows, so concurrent writers lock summary rows in the same order
        var ordered = counts.keySet().stream().sorted(java.util.Comparator.comparing(Key::month)
                .thenComparing(Key::topic).thenComparingLong(Key::regionId).thenComparing(Key::kind)).toList();
        for (Key key : ordered) {
            int n = (int) counts.get(key)[0] * sign;
            BigDecimal q = sums.get(key).multiply(BigDecimal.valueOf(sign));
            if (sign < 0) {
                // an upsert would check its insert row (negative counts) before finding the existing one
                db.update(PARTICIPATION_MONTH)
                        .set(PARTICIPATION_MONTH.ENTRIES, PARTICIPATION_MONTH.ENTRIES.plus(n))
                        .set(PARTICIPATION_MONTH.QUANTITY, PARTICIPATION_MONTH.QUANTITY.plus(q))
                        .where(PARTICIPATION_MONTH.MONTH.eq(key.month()), PARTICIPATION_MONTH.TOPIC.eq(key.topic()),
                                PARTICIPATION_MONTH.REGION_ID.eq(key.regionId()), PARTICIPATION_MONTH.KIND.eq(key.kind()))
                        .execute();
                continue;
            }
            db.insertInto(PARTICIPATION_MONTH)
                    .set(PARTICIPATION_MONTH.MONTH, key.month())
                    .set(PARTICIPATION_MONTH.REGION_ID, key.regionId())
                    .set(PARTICIPATION_MONTH.KIND, key.kind())
                    .set(PARTICIPATION_MONTH.TOPIC, key.topic())
                    .set(PARTICIPATION_MONTH.ENTRIES, n)
                    .set(PARTICIPATION_MONTH.QUANTITY, q)
                    .onDuplicateKeyUpdate()
                    .set(PARTICIPATION_MONTH.ENTRIES, PARTICIPATION_MONTH.ENTRIES.plus(n))
                    .set(PARTICIPATION_MONTH.QUANTITY, PARTICIPATION_MONTH.QUANTITY.plus(q))
                    .execute();
        }
    }

    private static void count(Map<Key, long[]> counts, Map<Key, BigDecimal> sums, Key key, BigDecimal quantity) {
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
        sums.merge(key, quantity, BigDecimal::add);
    }

    /**
     * Recounts whole months from the ledger, for bulk writes (generated history) where
     * counting entry by entry would cost more than reading them again.
     */
    void recount(LocalDate firstMonth, LocalDate lastMonth) {
        LocalDate from = firstMonth.withDayOfMonth(1);
        LocalDate until = lastMonth.withDayOfMonth(1).plusMonths(1);
        db.deleteFrom(PARTICIPATION_MONTH).where(PARTICIPATION_MONTH.MONTH.ge(from))
                .and(PARTICIPATION_MONTH.MONTH.lt(until)).execute();
        String topics = eu.regioacademy.platform.Topics.ALL.stream().map(t -> "SELECT '" + t + "' AS topic")
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        String month = "DATE_FORMAT(e.occurred_at, '%Y-%m-01')";
        String range = " WHERE e.occurred_at >= ? AND e.occurred_at < ?";
        db.execute("INSERT INTO participation_month (month, region_id, kind, topic, entries, quantity) SELECT " + month
                + ", e.region_id, e.kind, '', COUNT(*), SUM(e.quantity) FROM participation_entry e" + range
                + " GROUP BY " + month + ", e.region_id, e.kind", from.atStartOfDay(), until.atStartOfDay());
        db.execute("INSERT INTO participation_month (month, region_id, kind, topic, entries, quantity) SELECT " + month
                + ", e.region_id, e.kind, t.topic, COUNT(*), SUM(e.quantity) FROM participation_entry e JOIN (" + topics
                + ") t ON FIND_IN_SET(t.topic, e.topics) > 0" + range + " GROUP BY " + month + ", e.region_id, e.kind, t.topic",
                from.atStartOfDay(), until.atStartOfDay());
    }
}
