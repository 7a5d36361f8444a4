package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_REQUEST;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static eu.regioacademy.db.Tables.PARTICIPATION_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_MONTH;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_YEAR;
import static eu.regioacademy.db.Tables.PARTICIPATION_PERSON_YEAR_TOTAL;
import static eu.regioacademy.db.Tables.REGION;

import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's reads. Each one scans a period of the ledger through a covering index
 * (see V011) and aggregates in SQL; nothing is loaded row by row except the paged drill-down
 * and the streamed exports.
 */
@Repository
class ParticipationQuery {

    private static final eu.regioacademy.db.tables.ParticipationEntry E = PARTICIPATION_ENTRY;
    /** Person ids fit in 40 bits (a trillion people), region ids in the other 23. */
    private static final int PERSON_BITS = 40;
    /** The columns a {@link LedgerLine} is read from. */
    private static final List<SelectField<?>> LINE = List.of(E.ID, E.OCCURRED_AT, E.USER_ID, APP_USER.DISPLAY_NAME,
            REGION.NAME, REGION.NUTS_CODE, E.KIND, E.QUANTITY, E.TOPICS, E.SOURCE_TYPE, E.SOURCE_ID);

    private final DSLContext db;

    ParticipationQuery(DSLContext db) {
        this.db = db;
    }

    /** What the service decided the caller may see: a region list, or null for every region. */
    record Scope(ParticipationFilter filter, @Nullable Set<Long> regionIds) {
    }

    List<RegionInfo> regions() {
        return db.selectFrom(REGION).orderBy(REGION.NAME).fetch(r -> new RegionInfo(r.getId(), r.getName(),
                r.getNutsCode(), r.getCountryCode(), Commission.valueOf(r.getCommission()),
                r.getLatitude() == null ? null : r.getLatitude().doubleValue(),
                r.getLongitude() == null ? null : r.getLongitude().doubleValue()));
    }

    /**
     * Entries and quantities per month and kind, and per region and kind: whole months from the
     * summary, the edges from the ledger, each grouped by the database.
     */
    LedgerCell.Split cells(Scope scope) {
        ParticipationFilter f = scope.filter();
        MonthSplit split = MonthSplit.of(f.from(), f.to());
        YearMonth first = YearMonth.from(f.from());
        List<LedgerCell> perMonth = new ArrayList<>();
        List<LedgerCell> perRegion = new ArrayList<>();
        if (split.firstMonth() != null) {
            var m = PARTICIPATION_MONTH;
            Condition c = m.MONTH.between(split.firstMonth().atDay(1), split.lastMonth().atDay(1))
                    .and(m.TOPIC.eq(f.topic() == null ? "" : f.topic()));
            if (scope.regionIds() != null) {
                c = c.and(scope.regionIds().isEmpty() ? DSL.falseCondition() : m.REGION_ID.in(scope.regionIds()));
            }
            if (!f.kinds().isEmpty()) c = c.and(m.KIND.in(f.kinds().stream().map(Enum::name).toList()));
            Field<BigDecimal> entries = DSL.sum(m.ENTRIES);
            Field<BigDecimal> quantity = DSL.sum(m.QUANTITY);
            db.select(m.MONTH, m.KIND, entries, quantity).from(m).where(c).groupBy(m.MONTH, m.KIND)
                    .forEach(r -> perMonth.add(new LedgerCell(YearMonth.from(r.value1()), 0,
                            ParticipationKind.valueOf(r.value2()), r.value3().longValue(), r.value4())));
            db.select(m.REGION_ID, m.KIND, entries, quantity).from(m).where(c).groupBy(m.REGION_ID, m.KIND)
                    .forEach(r -> perRegion.add(new LedgerCell(first, r.value1(), ParticipationKind.valueOf(r.value2()),
                            r.value3().longValue(), r.value4())));
        }
        Field<Integer> month = DSL.field("EXTRACT(YEAR_MONTH FROM {0})", SQLDataType.INTEGER, E.OCCURRED_AT);
        for (LocalDate[] edge : split.edges()) {
            db.select(month, E.REGION_ID, E.KIND, DSL.count(), DSL.sum(E.QUANTITY)).from(E)
                    .where(filtered(scope, edge[0], edge[1]))
                    .groupBy(month, E.REGION_ID, E.KIND)
                    .forEach(r -> {
                        ParticipationKind kind = ParticipationKind.valueOf(r.value3());
                        BigDecimal quantity = amount(r.value5());
                        perMonth.add(new LedgerCell(YearMonth.of(r.value1() / 100, r.value1() % 100), 0, kind,
                                r.value4(), quantity));
                        perRegion.add(new LedgerCell(first, r.value2(), kind, r.value4(), quantity));
                    });
        }
        return new LedgerCell.Split(perMonth, perRegion);
    }

    /**
     * Each distinct (region, person) with entries in the scope: people reached, in all and per
     * region. Without a kind filter, whole months come from the person-year summary (a bit per
     * month), the days at the edges from the ledger.
     */
    List<long[]> regionPeople(Scope scope) {
        // one long per (region, person), sorted and deduplicated: tens of thousands of pairs without a box each
        java.util.stream.LongStream.Builder keys = java.util.stream.LongStream.builder();
        for (var part : personParts(scope)) {
            if (part.from() == PARTICIPATION_PERSON_MONTH) {
                personYears(scope).forEach(r -> keys.add((r.value1() << PERSON_BITS) | r.value2()));
                continue;
            }
            db.select(part.region(), part.user()).from(part.from()).where(part.where()).groupBy(part.region(), part.user())
                    .forEach(r -> keys.add((r.value1() << PERSON_BITS) | r.value2()));
        }
        return keys.build().sorted().distinct()
                .mapToObj(k -> new long[] {k >>> PERSON_BITS, k & ((1L << PERSON_BITS) - 1)}).toList();
    }

    /** (region, person) of everyone with entries in the scope's whole months; a person appears once per year. */
    private org.jooq.Result<org.jooq.Record2<Long, Long>> personYears(Scope scope) {
        ParticipationFilter f = scope.filter();
        MonthSplit split = MonthSplit.of(f.from(), f.to());
        YearMonth first = split.firstMonth();
        YearMonth last = split.lastMonth();
        var y = PARTICIPATION_PERSON_YEAR;
        List<Condition> years = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            int fromMonth = year == first.getYear() ? first.getMonthValue() : 1;
            int toMonth = year == last.getYear() ? last.getMonthValue() : 12;
            int mask = ((1 << toMonth) - 1) & ~((1 << (fromMonth - 1)) - 1);
            years.add(y.YEAR.eq((short) year).and(y.MONTHS.bitAnd(DSL.inline((short) mask)).ne(DSL.inline((short) 0))));
        }
        Condition c = y.TOPIC.eq(f.topic() == null ? "" : f.topic())
                .and(y.YEAR.between((short) first.getYear(), (short) last.getYear())).and(DSL.or(years));
        if (scope.regionIds() != null) {
            c = c.and(scope.regionIds().isEmpty() ? DSL.falseCondition() : y.REGION_ID.in(scope.regionIds()));
        }
        return db.select(y.REGION_ID, y.USER_ID).from(y).where(c).fetch();
    }

    /** Where one part of the period's per-person rows is read from: the summary or the ledger. */
    private record PersonRowsQuery(org.jooq.Table<?> from, Condition where, Field<Long> region, Field<Long> user,
                                   Field<Integer> entries, Field<BigDecimal> quantity, Field<Instant> last) {
    }

    private List<PersonRowsQuery> personParts(Scope scope) {
        ParticipationFilter f = scope.filter();
        MonthSplit split = f.kinds().isEmpty() ? MonthSplit.of(f.from(), f.to())
                : new MonthSplit(null, null, List.<LocalDate[]>of(new LocalDate[] {f.from(), f.to()}));
        List<PersonRowsQuery> parts = new ArrayList<>();
        if (split.firstMonth() != null) {
            var m = PARTICIPATION_PERSON_MONTH;
            Condition c = m.TOPIC.eq(f.topic() == null ? "" : f.topic())
                    .and(m.MONTH.between(split.firstMonth().atDay(1), split.lastMonth().atDay(1)));
            if (scope.regionIds() != null) {
                c = c.and(scope.regionIds().isEmpty() ? DSL.falseCondition() : m.REGION_ID.in(scope.regionIds()));
            }
            parts.add(new PersonRowsQuery(m, c, m.REGION_ID, m.USER_ID, m.ENTRIES, m.QUANTITY, m.LAST_AT));
        }
        for (LocalDate[] edge : split.edges()) {
            parts.add(new PersonRowsQuery(E, filtered(scope, edge[0], edge[1]), E.REGION_ID, E.USER_ID, DSL.inline(1),
                    E.QUANTITY, E.OCCURRED_AT));
        }
        return parts;
    }

    /**
     * Mentoring pairs running at some time in the period (both accepted before it ended, not
     * closed before it began): {with a held session in the period, without}. Region and topic
     * are the mentee's region and the request's topics.
     */
    long[] pairs(Scope scope) {
        ParticipationFilter f = scope.filter();
        if (!f.includes(ParticipationKind.MENTORING_SESSION_HELD)) {
            return new long[] {0, 0};
        }
        Instant start = start(f.from());
        Instant end = end(f.to());
        var p = MENTORING_PAIRING;
        Condition running = p.STATUS.in("ACTIVE", "COMPLETED", "ENDED")
                .and(p.MENTOR_ACCEPTED_AT.lt(end)).and(p.MENTEE_ACCEPTED_AT.lt(end))
                .and(p.CLOSED_AT.isNull().or(p.CLOSED_AT.ge(start)));
        if (scope.regionIds() != null) running = running.and(APP_USER.REGION_ID.in(scope.regionIds()));
        if (f.topic() != null) running = running.and(inSet(f.topic(), MENTORING_REQUEST.TOPICS));
        Field<Integer> held = DSL.when(DSL.exists(DSL.selectOne().from(MENTORING_SESSION)
                .where(MENTORING_SESSION.PAIRING_ID.eq(p.ID)).and(MENTORING_SESSION.STATUS.eq("HELD"))
                .and(MENTORING_SESSION.STARTS_AT.ge(start)).and(MENTORING_SESSION.STARTS_AT.lt(end))), 1).otherwise(0);
        Record r = db.select(DSL.count(), DSL.sum(held)).from(p)
                .join(APP_USER).on(APP_USER.ID.eq(p.MENTEE_ID))
                .join(MENTORING_REQUEST).on(MENTORING_REQUEST.ID.eq(p.REQUEST_ID))
                .where(running).fetchSingle();
        long all = r.get(0, Long.class);
        long active = r.get(1) == null ? 0 : r.get(1, Long.class);
        return new long[] {active, all - active};
    }

    /**
     * One page of entries, newest first unless sorted otherwise. The page's ids are picked from
     * the ledger alone (in the order of an index), then joined to names: joining first would
     * sort the whole period.
     */
    List<LedgerLine> entries(Scope scope, PageRequest page) {
        Map<String, Field<?>> sortable = Map.of("occurredAt", E.OCCURRED_AT, "kind", E.KIND, "quantity", E.QUANTITY);
        var ids = db.select(E.ID).from(E).where(entries(scope))
                .orderBy(Sorting.orderBy(page, sortable, E.OCCURRED_AT.desc(), E.ID.desc()))
                .limit(page.limit()).offset(page.offset()).asTable("page");
        Field<Long> pageId = ids.field(E.ID);
        return db.select(LINE).from(ids).join(E).on(E.ID.eq(pageId))
                .join(APP_USER).on(APP_USER.ID.eq(E.USER_ID)).join(REGION).on(REGION.ID.eq(E.REGION_ID))
                .orderBy(Sorting.orderBy(page, sortable, E.OCCURRED_AT.desc(), E.ID.desc()))
                .fetch(ParticipationQuery::line);
    }


    /**
     * Streams every entry of the scope in time order, for exports of any size. Names come from
     * maps read once: joining them to each entry cost three times as long as reading the entries
     * (a random look-up in {@code app_user} per row, and a plan that sorted the whole period).
     */
    void readEntries(Scope scope, ParticipationDashboardService.EntryReader reader) throws java.io.IOException {
        var regions = db.select(REGION.ID, REGION.NAME, REGION.NUTS_CODE).from(REGION).fetchMap(REGION.ID);
        var people = db.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER);
        Map<Long, String> names = (scope.regionIds() == null ? people
                : people.where(APP_USER.ID.in(DSL.selectDistinct(E.USER_ID).from(E).where(entries(scope)))))
                .fetchMap(APP_USER.ID, APP_USER.DISPLAY_NAME);
        try (Stream<? extends Record> rows = db.select(E.ID, E.OCCURRED_AT, E.USER_ID, E.REGION_ID, E.KIND, E.QUANTITY,
                E.TOPICS, E.SOURCE_TYPE, E.SOURCE_ID).from(E).where(entries(scope))
                .orderBy(E.OCCURRED_AT, E.ID).fetchSize(1000).fetchStream()) {
            reader.read(rows.<LedgerLine>map(r -> {
                var region = regions.get(r.get(E.REGION_ID));
                return new LedgerLine(r.get(E.ID), r.get(E.OCCURRED_AT), r.get(E.USER_ID), names.get(r.get(E.USER_ID)),
                        region.get(REGION.NAME), region.get(REGION.NUTS_CODE), ParticipationKind.valueOf(r.get(E.KIND)),
                        amount(r.get(E.QUANTITY)), r.get(E.TOPICS), r.get(E.SOURCE_TYPE), r.get(E.SOURCE_ID));
            }).iterator());
        }
    }

    /**
     * One page of the people behind the scope: their entries are summed first (whole months from
     * the person-year totals, about two rows per person for a year, the days at the edges from the
     * ledger), then the page is picked and only its people are joined to their names, unless the
     * page is sorted by name or region.
     */
    List<PersonActivity> people(Scope scope, PageRequest page) {
        Select<Record4<Long, Integer, BigDecimal, Instant>> rows = null;
        for (PersonRowsQuery part : personParts(scope)) {
            // each part sums per person first, so the union holds one row per person and part
            Select<Record4<Long, Integer, BigDecimal, Instant>> select = part.from() == PARTICIPATION_PERSON_MONTH
                    ? yearTotals(scope)
                    : DSL.select(part.user().as("user_id"), DSL.sum(part.entries()).cast(Integer.class).as("entries"),
                            DSL.sum(part.quantity()).as("quantity"), DSL.max(part.last()).as("last_at"))
                    .from(part.from()).where(part.where()).groupBy(part.user());
            rows = rows == null ? select : rows.unionAll(select);
        }
        var all = rows.asTable("part");
        Field<Long> user = all.field("user_id", Long.class);
        var perPerson = DSL.select(user, DSL.sum(all.field("entries", Integer.class)).as("entries"),
                        DSL.sum(all.field("quantity", BigDecimal.class)).as("quantity"),
                        DSL.max(all.field("last_at", E.OCCURRED_AT.getDataType())).as("last"))
                .from(all).groupBy(user).asTable("per_person");
        boolean byName = page.sorts().stream().anyMatch(s -> s.property().equals("person") || s.property().equals("region"));
        var people = byName ? perPerson : DSL.select(perPerson.fields()).from(perPerson)
                .orderBy(peopleOrder(page, perPerson)).limit(page.limit()).offset(page.offset()).asTable("page");
        Field<Long> person = people.field("user_id", Long.class);
        var query = db.select(person, APP_USER.DISPLAY_NAME, REGION.NAME, people.field("entries", BigDecimal.class),
                        people.field("quantity", BigDecimal.class), people.field("last", E.OCCURRED_AT.getDataType()))
                .from(people).join(APP_USER).on(APP_USER.ID.eq(person)).join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .orderBy(peopleOrder(page, people));
        return (byName ? query.limit(page.limit()).offset(page.offset()) : query)
                .fetch(r -> new PersonActivity(r.value1(), r.value2(), r.value3(), r.value4().longValue(),
                        amount(r.value5()), r.value6()));
    }

    /** The people tab's order over a table of per-person sums: the page's sorts, then most entries, then the id. */
    private static List<org.jooq.SortField<?>> peopleOrder(PageRequest page, org.jooq.Table<?> perPerson) {
        Field<Long> person = perPerson.field("user_id", Long.class);
        Field<BigDecimal> count = perPerson.field("entries", BigDecimal.class);
        return Sorting.orderBy(page, Map.<String, Field<?>>of("person", APP_USER.DISPLAY_NAME, "region", REGION.NAME,
                        "entries", count, "quantity", perPerson.field("quantity", BigDecimal.class),
                        "lastActivity", perPerson.field("last", E.OCCURRED_AT.getDataType())),
                count.desc(), person.asc());
    }

    /**
     * Entries, quantity and last entry per person over the scope's whole months, from one row per
     * person, year and region: for each year the columns of the months inside the period are added.
     */
    private Select<Record4<Long, Integer, BigDecimal, Instant>> yearTotals(Scope scope) {
        ParticipationFilter f = scope.filter();
        MonthSplit split = MonthSplit.of(f.from(), f.to());
        YearMonth first = split.firstMonth();
        YearMonth last = split.lastMonth();
        var t = PARTICIPATION_PERSON_YEAR_TOTAL;
        org.jooq.CaseConditionStep<Integer> entries = null;
        org.jooq.CaseConditionStep<BigDecimal> quantity = null;
        org.jooq.CaseConditionStep<Instant> lastAt = null;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            int fromMonth = year == first.getYear() ? first.getMonthValue() : 1;
            int toMonth = year == last.getYear() ? last.getMonthValue() : 12;
            Field<Integer> yearEntries = MonthlySummaryRepository.entriesIn(fromMonth);
            Field<BigDecimal> yearQuantity = MonthlySummaryRepository.quantityIn(fromMonth);
            for (int month = fromMonth + 1; month <= toMonth; month++) {
                yearEntries = yearEntries.plus(MonthlySummaryRepository.entriesIn(month));
                yearQuantity = yearQuantity.plus(MonthlySummaryRepository.quantityIn(month));
            }
            // the latest month with an entry holds the period's last entry of that year
            Field<Instant> yearLast = DSL.coalesce(MonthlySummaryRepository.lastIn(toMonth),
                    java.util.stream.IntStream.iterate(toMonth - 1, m -> m >= fromMonth, m -> m - 1)
                            .mapToObj(MonthlySummaryRepository::lastIn).toArray(Field[]::new));
            Condition thisYear = t.YEAR.eq((short) year);
            entries = entries == null ? DSL.when(thisYear, yearEntries) : entries.when(thisYear, yearEntries);
            quantity = quantity == null ? DSL.when(thisYear, yearQuantity) : quantity.when(thisYear, yearQuantity);
            lastAt = lastAt == null ? DSL.when(thisYear, yearLast) : lastAt.when(thisYear, yearLast);
        }
        Condition c = t.TOPIC.eq(f.topic() == null ? "" : f.topic())
                .and(t.YEAR.between((short) first.getYear(), (short) last.getYear()));
        if (scope.regionIds() != null) {
            c = c.and(scope.regionIds().isEmpty() ? DSL.falseCondition() : t.REGION_ID.in(scope.regionIds()));
        }
        Field<BigDecimal> sum = DSL.sum(entries);
        // a person whose entries of these years all fall outside the period has nothing to add
        return DSL.select(t.USER_ID.as("user_id"), sum.cast(Integer.class).as("entries"), DSL.sum(quantity).as("quantity"),
                DSL.max(lastAt).as("last_at")).from(t).where(c).groupBy(t.USER_ID).having(sum.gt(BigDecimal.ZERO));
    }

    int countPeople(Scope scope) {
        return (int) regionPeople(scope).stream().mapToLong(p -> p[1]).distinct().count();
    }

    private static LedgerLine line(Record r) {
        return new LedgerLine(r.get(E.ID), r.get(E.OCCURRED_AT), r.get(E.USER_ID), r.get(APP_USER.DISPLAY_NAME),
                r.get(REGION.NAME), r.get(REGION.NUTS_CODE), ParticipationKind.valueOf(r.get(E.KIND)),
                amount(r.get(E.QUANTITY)), r.get(E.TOPICS), r.get(E.SOURCE_TYPE), r.get(E.SOURCE_ID));
    }

    private static Condition entries(Scope scope) {
        return filtered(scope, scope.filter().from(), scope.filter().to());
    }

    /** The scope's regions, kinds and topic, over the given days. */
    private static Condition filtered(Scope scope, LocalDate from, LocalDate to) {
        ParticipationFilter f = scope.filter();
        Condition c = E.OCCURRED_AT.ge(start(from)).and(E.OCCURRED_AT.lt(end(to)));
        if (scope.regionIds() != null) {
            c = c.and(scope.regionIds().isEmpty() ? DSL.falseCondition() : E.REGION_ID.in(scope.regionIds()));
        }
        if (!f.kinds().isEmpty()) c = c.and(E.KIND.in(f.kinds().stream().map(Enum::name).toList()));
        if (f.topic() != null) c = c.and(inSet(f.topic(), E.TOPICS));
        return c;
    }

    private static Condition inSet(String topic, Field<String> set) {
        return DSL.condition("FIND_IN_SET({0}, {1}) > 0", DSL.val(topic), set);
    }

    static BigDecimal amount(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros();
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static Instant end(LocalDate lastDay) {
        return start(lastDay.plusDays(1));
    }
}
