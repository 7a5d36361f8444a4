package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static eu.regioacademy.db.Tables.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The drill-down's people tab (whole months from the person-year totals, the edges from the
 * ledger) gives exactly what a plain aggregate over the ledger gives, for periods that cut
 * years and months, every filter and every sort order, after entries are added one call at a
 * time and after the summaries are recounted.
 */
class PeopleTabTest extends ServiceTest {

    static final List<Set<ParticipationKind>> KINDS = List.of(Set.of(), Set.of(ParticipationKind.MODULE_COMPLETED,
            ParticipationKind.VISIT_ATTENDED));
    static final List<String> SORTS = List.of("", "entries", "person", "region", "quantity", "lastActivity");

    @Autowired
    ParticipationDashboardService dashboards;
    @Autowired
    LedgerFixture ledger;
    @Autowired
    ParticipationRepository entries;
    @Autowired
    DSLContext db;

    List<String> people;
    List<Long> regions;

    /** 400 entries of twelve people between October 2031 and April 2032, some in a region they left since. */
    @BeforeEach
    void entries() {
        people = db.select(APP_USER.EMAIL).from(APP_USER).orderBy(APP_USER.ID).limit(12).fetch(APP_USER.EMAIL);
        regions = List.of(ledger.region("SE224"), ledger.region("ES51"), ledger.region("PT20"));
        Random random = new Random(20261207);
        List<String> topics = List.of("", "health", "funding", "health,employment");
        ParticipationKind[] kinds = ParticipationKind.values();
        Instant start = Instant.parse("2031-10-01T00:00:00Z");
        long seconds = Instant.parse("2032-05-01T00:00:00Z").getEpochSecond() - start.getEpochSecond();
        for (int i = 0; i < 400; i++) {
            String email = people.get(random.nextInt(people.size()));
            long region = random.nextInt(5) == 0 ? regions.get(random.nextInt(regions.size())) : ledger.regionOf(email);
            // whole seconds, a few at the very first and last moment of a month
            Instant at = i % 40 == 0 ? Instant.parse("2032-01-01T00:00:00Z").minusSeconds(i % 80 == 0 ? 1 : 0)
                    : start.plusSeconds((long) (random.nextDouble() * seconds));
            String quantity = String.valueOf(random.nextInt(3) == 0 ? 0 : random.nextInt(400) / 4.0);
            ledger.entry(email, region, kinds[random.nextInt(kinds.length)], at, quantity, topics.get(random.nextInt(topics.size())));
        }
    }

    @Test
    void every_scope_and_order_matches_a_plain_aggregate_over_the_ledger() {
        signInAs(TestUsers.SECRETARIAT);
        assertEveryScopeMatchesTheLedger();
    }

    @Test
    void recounted_summaries_give_the_same_people() {
        signInAs(TestUsers.SECRETARIAT);
        entries.recountMonths(LocalDate.of(2031, 10, 1), LocalDate.of(2032, 4, 30));
        assertEveryScopeMatchesTheLedger();
    }

    private void assertEveryScopeMatchesTheLedger() {
        List<ParticipationFilter> filters = new ArrayList<>();
        for (LocalDate[] period : new LocalDate[][] {
                {LocalDate.of(2031, 10, 17), LocalDate.of(2032, 3, 9)},   // partial months at both ends, two years
                {LocalDate.of(2031, 11, 1), LocalDate.of(2032, 2, 29)},   // whole months only, two years
                {LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 31)},    // whole months of one year
                {LocalDate.of(2031, 12, 31), LocalDate.of(2032, 1, 1)},   // two days around the new year
                {LocalDate.of(2032, 2, 3), LocalDate.of(2032, 2, 20)},    // inside one month
                {LocalDate.of(2031, 1, 1), LocalDate.of(2032, 12, 31)}}) { // wider than the data
            for (Set<ParticipationKind> kinds : KINDS) {
                for (String topic : new String[] {null, "health"}) {
                    filters.add(new ParticipationFilter(period[0], period[1], Set.of(), null, null, kinds, topic));
                }
            }
            filters.add(new ParticipationFilter(period[0], period[1], Set.of(regions.get(0), regions.get(2)), null, null,
                    Set.of(), null));
            filters.add(new ParticipationFilter(period[0], period[1], Set.of(), null, Commission.ISLANDS, Set.of(), "health"));
            filters.add(new ParticipationFilter(period[0], period[1], Set.of(), "ES", null, Set.of(), null));
        }
        assertThat(fromTheLedger(filters.getFirst(), PageRequest.first(50))).as("people in the widest scope").hasSize(12);
        for (ParticipationFilter filter : filters) {
            for (String sort : SORTS) {
                for (boolean ascending : new boolean[] {true, false}) {
                    List<PageRequest.Sort> sorts = sort.isEmpty() ? List.of() : List.of(new PageRequest.Sort(sort, ascending));
                    for (PageRequest page : List.of(new PageRequest(0, 50, sorts), new PageRequest(3, 4, sorts))) {
                        assertThat(dashboards.people(filter, page)).as("%s %s %s", filter, sort, ascending)
                                .isEqualTo(fromTheLedger(filter, page));
                    }
                }
            }
        }
    }

    /** The page as the ledger gives it: one GROUP BY over its entries, names joined, sorted by the database. */
    private List<PersonActivity> fromTheLedger(ParticipationFilter f, PageRequest page) {
        var e = PARTICIPATION_ENTRY;
        Condition c = e.OCCURRED_AT.ge(f.from().atStartOfDay().toInstant(ZoneOffset.UTC))
                .and(e.OCCURRED_AT.lt(f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        if (!f.regionIds().isEmpty()) c = c.and(e.REGION_ID.in(f.regionIds()));
        if (f.country() != null || f.commission() != null) {
            var r = REGION.as("entry_region");
            Condition region = DSL.trueCondition();
            if (f.country() != null) region = region.and(r.COUNTRY_CODE.eq(f.country()));
            if (f.commission() != null) region = region.and(r.COMMISSION.eq(f.commission().name()));
            c = c.and(e.REGION_ID.in(DSL.select(r.ID).from(r).where(region)));
        }
        if (!f.kinds().isEmpty()) c = c.and(e.KIND.in(EnumSet.copyOf(f.kinds()).stream().map(Enum::name).toList()));
        if (f.topic() != null) c = c.and(DSL.condition("FIND_IN_SET({0}, {1}) > 0", f.topic(), e.TOPICS));
        Field<Integer> count = DSL.count();
        Field<BigDecimal> quantity = DSL.sum(e.QUANTITY);
        Field<Instant> last = DSL.max(e.OCCURRED_AT);
        Map<String, Field<?>> sortable = Map.of("person", APP_USER.DISPLAY_NAME, "region", REGION.NAME, "entries", count,
                "quantity", quantity, "lastActivity", last);
        List<SortField<?>> order = new ArrayList<>();
        for (PageRequest.Sort s : page.sorts()) {
            order.add(s.ascending() ? sortable.get(s.property()).asc() : sortable.get(s.property()).desc());
        }
        order.add(count.desc());
        order.add(e.USER_ID.asc());
        return db.select(e.USER_ID, APP_USER.DISPLAY_NAME, REGION.NAME, count, quantity, last).from(e)
                .join(APP_USER).on(APP_USER.ID.eq(e.USER_ID)).join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(c).groupBy(e.USER_ID, APP_USER.DISPLAY_NAME, REGION.NAME).orderBy(order)
                .limit(page.limit()).offset(page.offset())
                .fetch(r -> new PersonActivity(r.value1(), r.value2(), r.value3(), r.value4(),
                        ParticipationQuery.amount(r.value5()), r.value6()));
    }
}
