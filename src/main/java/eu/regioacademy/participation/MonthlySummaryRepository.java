package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.PARTICIPATION_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_MONTH;

import eu.regioacademy.platform.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Keeps the ledger's monthly summaries in step with it: {@code participation_month} (entries
 * and quantities per region and kind) and {@code participation_person_month} (per person),
 * each once for all topics ({@code ''}) and once per topic of an entry, in the same
 * transaction as the entry, so the summaries never disagree with the ledger.
 */
@Repository
class MonthlySummaryRepository {

    /** One ledger entry as the summaries count it. */
    record Counted(long userId, long regionId, ParticipationKind kind, Instant occurredAt, BigDecimal quantity,
                   String topics) {

        LocalDate month() {
            return occurredAt.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        }

        List<String> topicRows() {
            List<String> rows = new ArrayList<>();
            rows.add("");
            if (!topics.isEmpty()) rows.addAll(List.of(topics.split(",")));
            return rows;
        }
    }

    /** A topic's bit in the ledger's {@code SET} column: its position in the column's definition, which follows Topics.ALL. */
    private static final String TOPIC_BITS = java.util.stream.IntStream.range(0, Topics.ALL.size())
            .mapToObj(i -> "SELECT '" + Topics.ALL.get(i) + "' AS topic, " + (1L << i) + " AS bit")
            .collect(Collectors.joining(" UNION ALL "));
    /** A month's grouping held in memory (256 MB at most) rather than in an on-disk temporary table. */
    private static final String IN_MEMORY = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR ";

    private final DSLContext db;

    MonthlySummaryRepository(DSLContext db) {
        this.db = db;
    }

    void add(List<Counted> entries) {
        // a fixed order of rows, so concurrent writers lock summary rows in the same order
        List<Counted> ordered = entries.stream().sorted(Comparator.comparing(Counted::month)
                .thenComparingLong(Counted::regionId).thenComparing(Counted::kind).thenComparingLong(Counted::userId)).toList();
        for (Counted e : ordered) {
            for (String topic : e.topicRows()) {
                db.insertInto(PARTICIPATION_MONTH)
                        .set(PARTICIPATION_MONTH.MONTH, e.month()).set(PARTICIPATION_MONTH.REGION_ID, e.regionId())
                        .set(PARTICIPATION_MONTH.KIND, e.kind().name()).set(PARTICIPATION_MONTH.TOPIC, topic)
                        .set(PARTICIPATION_MONTH.ENTRIES, 1).set(PARTICIPATION_MONTH.QUANTITY, e.quantity())
                        .onDuplicateKeyUpdate()
                        .set(PARTICIPATION_MONTH.ENTRIES, PARTICIPATION_MONTH.ENTRIES.plus(1))
                        .set(PARTICIPATION_MONTH.QUANTITY, PARTICIPATION_MONTH.QUANTITY.plus(e.quantity()))
                        .execute();
                db.insertInto(PARTICIPATION_PERSON_MONTH)
                        .set(PARTICIPATION_PERSON_MONTH.TOPIC, topic).set(PARTICIPATION_PERSON_MONTH.MONTH, e.month())
                        .set(PARTICIPATION_PERSON_MONTH.REGION_ID, e.regionId())
                        .set(PARTICIPATION_PERSON_MONTH.USER_ID, e.userId())
                        .set(PARTICIPATION_PERSON_MONTH.ENTRIES, 1).set(PARTICIPATION_PERSON_MONTH.QUANTITY, e.quantity())
                        .set(PARTICIPATION_PERSON_MONTH.LAST_AT, e.occurredAt())
                        .onDuplicateKeyUpdate()
                        .set(PARTICIPATION_PERSON_MONTH.ENTRIES, PARTICIPATION_PERSON_MONTH.ENTRIES.plus(1))
                        .set(PARTICIPATION_PERSON_MONTH.QUANTITY, PARTICIPATION_PERSON_MONTH.QUANTITY.plus(e.quantity()))
                        .set(PARTICIPATION_PERSON_MONTH.LAST_AT, DSL.greatest(PARTICIPATION_PERSON_MONTH.LAST_AT,
                                DSL.val(e.occurredAt(), PARTICIPATION_PERSON_MONTH.LAST_AT)))
                        .execute();
            }
        }
    }

    /**
     * Recounts whole months from the ledger: after bulk writes (generated history), where
     * counting entry by entry would cost more than reading them again, and after removals.
     * Month by month, so each grouping stays small enough to be done in memory.
     */
    void recount(LocalDate firstDay, LocalDate lastDay) {
        for (LocalDate month = firstDay.withDayOfMonth(1); !month.isAfter(lastDay); month = month.plusMonths(1)) {
            recountMonth(month);
        }
    }

    private void recountMonth(LocalDate month) {
        LocalDate next = month.plusMonths(1);
        db.deleteFrom(PARTICIPATION_MONTH).where(PARTICIPATION_MONTH.MONTH.eq(month)).execute();
        db.deleteFrom(PARTICIPATION_PERSON_MONTH).where(PARTICIPATION_PERSON_MONTH.MONTH.eq(month)).execute();
        String range = " WHERE e.occurred_at >= ? AND e.occurred_at < ?";
        for (boolean byTopic : new boolean[] {false, true}) {
            String topic = byTopic ? "t.topic" : "''";
            String join = byTopic ? " JOIN (" + TOPIC_BITS + ") t ON (e.topics & t.bit) <> 0" : "";
            db.execute(IN_MEMORY + "INSERT INTO participation_month (month, region_id, kind, topic, entries, quantity) "
                    + "SELECT ?, e.region_id, e.kind, " + topic + ", COUNT(*), SUM(e.quantity) FROM participation_entry e"
                    + join + range + " GROUP BY e.region_id, e.kind, " + topic,
                    month, month.atStartOfDay(), next.atStartOfDay());
            db.execute(IN_MEMORY + "INSERT INTO participation_person_month (topic, month, region_id, user_id, entries, "
                    + "quantity, last_at) SELECT " + topic + ", ?, e.region_id, e.user_id, COUNT(*), SUM(e.quantity), "
                    + "MAX(e.occurred_at) FROM participation_entry e" + join + range
                    + " GROUP BY " + topic + ", e.region_id, e.user_id",
                    month, month.atStartOfDay(), next.atStartOfDay());
        }
    }
}
