package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.PARTICIPATION_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_YEAR;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_YEAR_TOTAL;

import eu.regioacademy.platform.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Keeps the ledger's monthly summaries in step with it: {@code participation_month} (entries
 * and quantities per region and kind), {@code participation_person_month} (per person) and
 * {@code participation_person_year} (a bit per month in which a person has entries),
 * {@code participation_person_year_total} (a person's entries, quantity and last entry per month, as
 * columns of one row per year), each once for all topics ({@code ''}) and once per topic of an entry, in the same
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

        short monthBit() {
            return (short) (1 << (month().getMonthValue() - 1));
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

    /** A row of participation_month: entries and quantity per month, region, kind and topic. */
    private record MonthCell(LocalDate month, long regionId, String kind, String topic) {
    }

    /** A row of participation_person_month. */
    private record PersonMonth(LocalDate month, long regionId, long userId, String topic) {
    }

    /** A row of participation_person_year. */
    private record PersonYear(int year, long regionId, long userId, String topic) {
    }

    private static final Comparator<MonthCell> CELL_ORDER = Comparator.comparing(MonthCell::month)
            .thenComparingLong(MonthCell::regionId).thenComparing(MonthCell::kind).thenComparing(MonthCell::topic);
    private static final Comparator<PersonMonth> PERSON_MONTH_ORDER = Comparator.comparing(PersonMonth::month)
            .thenComparingLong(PersonMonth::regionId).thenComparingLong(PersonMonth::userId).thenComparing(PersonMonth::topic);
    private static final Comparator<PersonYear> PERSON_YEAR_ORDER = Comparator.comparingInt(PersonYear::year)
            .thenComparingLong(PersonYear::regionId).thenComparingLong(PersonYear::userId).thenComparing(PersonYear::topic);

    private final DSLContext db;

    MonthlySummaryRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds entries to the summaries: summed per summary row first, then one upsert per row, all
     * sent as one batch. Rows go in a fixed order, so concurrent writers lock them in the same order.
     */
    void add(List<Counted> entries) {
        Map<MonthCell, Total> cells = new TreeMap<>(CELL_ORDER);
        Map<PersonMonth, Total> personMonths = new TreeMap<>(PERSON_MONTH_ORDER);
        Map<PersonYear, Short> personYears = new TreeMap<>(PERSON_YEAR_ORDER);
        for (Counted e : entries) {
            for (String topic : e.topicRows()) {
                cells.computeIfAbsent(new MonthCell(e.month(), e.regionId(), e.kind().name(), topic), k -> new Total()).add(e);
                personMonths.computeIfAbsent(new PersonMonth(e.month(), e.regionId(), e.userId(), topic), k -> new Total()).add(e);
                personYears.merge(new PersonYear(e.month().getYear(), e.regionId(), e.userId(), topic), e.monthBit(),
                        (a, b) -> (short) (a | b));
            }
        }
        List<org.jooq.Query> upserts = new ArrayList<>();
        var m = PARTICIPATION_MONTH;
        cells.forEach((cell, total) -> upserts.add(db.insertInto(m)
                .set(m.MONTH, cell.month()).set(m.REGION_ID, cell.regionId()).set(m.KIND, cell.kind())
                .set(m.TOPIC, cell.topic()).set(m.ENTRIES, total.entries).set(m.QUANTITY, total.quantity)
                .onDuplicateKeyUpdate()
                .set(m.ENTRIES, m.ENTRIES.plus(total.entries)).set(m.QUANTITY, m.QUANTITY.plus(total.quantity))));
        var pm = PARTICIPATION_PERSON_MONTH;
        personMonths.forEach((person, total) -> upserts.add(db.insertInto(pm)
                .set(pm.TOPIC, person.topic()).set(pm.MONTH, person.month()).set(pm.REGION_ID, person.regionId())
                .set(pm.USER_ID, person.userId()).set(pm.ENTRIES, total.entries).set(pm.QUANTITY, total.quantity)
                .set(pm.LAST_AT, total.last)
                .onDuplicateKeyUpdate()
                .set(pm.ENTRIES, pm.ENTRIES.plus(total.entries)).set(pm.QUANTITY, pm.QUANTITY.plus(total.quantity))
                .set(pm.LAST_AT, DSL.greatest(pm.LAST_AT, DSL.val(total.last, pm.LAST_AT)))));
        var py = PARTICIPATION_PERSON_YEAR;
        personYears.forEach((person, bits) -> upserts.add(db.insertInto(py)
                .set(py.TOPIC, person.topic()).set(py.YEAR, (short) person.year()).set(py.REGION_ID, person.regionId())
                .set(py.USER_ID, person.userId()).set(py.MONTHS, bits)
                .onDuplicateKeyUpdate()
                .set(py.MONTHS, py.MONTHS.bitOr(bits))));
        addYearTotals(personMonths, upserts);
        if (upserts.size() == 1) {
            upserts.getFirst().execute();
        } else if (!upserts.isEmpty()) {
            db.batch(upserts).execute();
        }
    }

    /** One upsert per person, year, region and topic, adding to the columns of the months concerned. */
    private void addYearTotals(Map<PersonMonth, Total> personMonths, List<org.jooq.Query> upserts) {
        Map<PersonYear, Map<Integer, Total>> years = new TreeMap<>(PERSON_YEAR_ORDER);
        personMonths.forEach((pm, total) -> years.computeIfAbsent(new PersonYear(pm.month().getYear(), pm.regionId(),
                pm.userId(), pm.topic()), k -> new TreeMap<>()).put(pm.month().getMonthValue(), total));
        var t = PARTICIPATION_PERSON_YEAR_TOTAL;
        years.forEach((person, months) -> {
            Map<Field<?>, Object> insert = new java.util.LinkedHashMap<>();
            insert.put(t.TOPIC, person.topic());
            insert.put(t.YEAR, (short) person.year());
            insert.put(t.REGION_ID, person.regionId());
            insert.put(t.USER_ID, person.userId());
            Map<Field<?>, Object> update = new java.util.LinkedHashMap<>();
            months.forEach((month, total) -> {
                Field<Integer> entries = entriesIn(month);
                Field<BigDecimal> quantity = quantityIn(month);
                Field<Instant> last = lastIn(month);
                insert.put(entries, total.entries);
                insert.put(quantity, total.quantity);
                insert.put(last, total.last);
                update.put(entries, entries.plus(total.entries));
                update.put(quantity, quantity.plus(total.quantity));
                // NULL until the month has an entry
                update.put(last, DSL.coalesce(DSL.greatest(last, DSL.val(total.last, last)), DSL.val(total.last, last)));
            });
            upserts.add(db.insertInto(t).set(insert).onDuplicateKeyUpdate().set(update));
        });
    }

    /** participation_person_year_total's entries in month 1..12. */
    static Field<Integer> entriesIn(int month) {
        return column("entries_", month, Integer.class);
    }

    static Field<BigDecimal> quantityIn(int month) {
        return column("quantity_", month, BigDecimal.class);
    }

    /** The time of the month's last entry, NULL when the month has none. */
    static Field<Instant> lastIn(int month) {
        return column("last_", month, Instant.class);
    }

    /** The generated column itself (field(name, type) would lose its converter, the last times' UTC one). */
    @SuppressWarnings("unchecked")
    private static <T> Field<T> column(String prefix, int month, Class<T> type) {
        Field<?> field = PARTICIPATION_PERSON_YEAR_TOTAL.field(prefix + "%02d".formatted(month));
        if (field == null || field.getType() != type) throw new IllegalArgumentException("no month " + month);
        return (Field<T>) field;
    }

    /** What the entries of one summary row add to it. */
    private static final class Total {
        int entries;
        BigDecimal quantity = BigDecimal.ZERO;
        Instant last = Instant.EPOCH;

        void add(Counted e) {
            entries++;
            quantity = quantity.add(e.quantity());
            if (e.occurredAt().isAfter(last)) last = e.occurredAt();
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
        for (int year = firstDay.getYear(); year <= lastDay.getYear(); year++) {
            recountYear(year);
        }
    }

    /** A year's month bits and per-month totals from the person-month summary, once its months have been recounted. */
    private void recountYear(int year) {
        db.deleteFrom(PARTICIPATION_PERSON_YEAR).where(PARTICIPATION_PERSON_YEAR.YEAR.eq((short) year)).execute();
        db.execute(IN_MEMORY + "INSERT INTO participation_person_year (topic, year, region_id, user_id, months) "
                + "SELECT topic, ?, region_id, user_id, BIT_OR(1 << (MONTH(month) - 1)) FROM participation_person_month "
                + "WHERE month BETWEEN ? AND ? GROUP BY topic, region_id, user_id",
                year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1));
        db.deleteFrom(PARTICIPATION_PERSON_YEAR_TOTAL).where(PARTICIPATION_PERSON_YEAR_TOTAL.YEAR.eq((short) year)).execute();
        List<String> columns = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        for (String kind : List.of("entries", "quantity", "last")) {
            for (int m = 1; m <= 12; m++) {
                columns.add(kind + "_%02d".formatted(m));
                sums.add(kind.equals("last") ? "MAX(IF(MONTH(month) = " + m + ", last_at, NULL))"
                        : "SUM(IF(MONTH(month) = " + m + ", " + kind + ", 0))");
            }
        }
        db.execute(IN_MEMORY + "INSERT INTO participation_person_year_total (topic, year, region_id, user_id, "
                + String.join(", ", columns) + ") SELECT topic, ?, region_id, user_id, " + String.join(", ", sums)
                + " FROM participation_person_month WHERE month BETWEEN ? AND ? GROUP BY topic, region_id, user_id",
                year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1));
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
