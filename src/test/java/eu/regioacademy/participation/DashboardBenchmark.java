package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.REGION;

import eu.regioacademy.TestUsers;
import eu.regioacademy.people.Commission;
import eu.regioacademy.people.GeneratedStaff;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.SqlCapture;
import eu.regioacademy.platform.db.Timings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Not part of {@code verify} (the name does not end in Test). Run it with
 * {@code ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It fills its own embedded MariaDB (kept in {@code target/benchmark-mariadb}, so later runs
 * reuse it) with 20,000 staff and 1,000,000 ledger entries over three years, times full
 * dashboard refreshes for a range of filters, and writes the figures and the query plans to
 * {@code target/benchmarks/dashboard.md} (copied into {@code docs/benchmarks.md} by hand).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SqlCapture.class)
@TestPropertySource(properties = {"regio.embedded-db.data-dir=target/benchmark-mariadb",
        "regio.embedded-db.fresh-start=false", "regio.embedded-db.buffer-pool-mb=512"})
class DashboardBenchmark {

    static final int STAFF = 20_000;
    static final int ENTRIES = 1_000_000;
    static final int CHUNK = 100_000;
    static final int WARM_UP = 2;
    static final int RUNS = 7;
    @Autowired
    GeneratedStaff staff;
    @Autowired
    GeneratedParticipation history;
    @Autowired
    ParticipationDashboardService dashboards;
    @Autowired
    ParticipationRepository entries;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    @Test
    void dashboard_refreshes_on_a_million_entries() throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        fill(today);
        db.execute("ANALYZE TABLE participation_entry");
        TestUsers.signIn(context, TestUsers.SECRETARIAT);
        long skane = db.select(REGION.ID).from(REGION).where(REGION.NUTS_CODE.eq("SE224")).fetchSingle(REGION.ID);
        ParticipationFilter year = ParticipationFilter.lastYear(today);
        Map<String, ParticipationFilter> filters = new LinkedHashMap<>();
        filters.put("network, last 12 months", year);
        filters.put("network, last 3 years", new ParticipationFilter(today.minusYears(3).plusDays(1), today, Set.of(),
                null, null, Set.of(), null));
        filters.put("network, last 30 days", new ParticipationFilter(today.minusDays(29), today, Set.of(), null, null,
                Set.of(), null));
        filters.put("one region (Skåne), 12 months", year.withRegions(Set.of(skane)));
        filters.put("country ES, 12 months", new ParticipationFilter(year.from(), today, Set.of(), "ES", null, Set.of(), null));
        filters.put("commission Islands, 12 months", new ParticipationFilter(year.from(), today, Set.of(), null,
                Commission.ISLANDS, Set.of(), null));
        filters.put("kind module completed, 12 months", year.withKinds(Set.of(ParticipationKind.MODULE_COMPLETED)));
        filters.put("topic health, 12 months", new ParticipationFilter(year.from(), today, Set.of(), null, null, Set.of(), "health"));
        filters.put("country IT + visits + topic employment, 3 years", new ParticipationFilter(today.minusYears(3).plusDays(1),
                today, Set.of(), "IT", null, Set.of(ParticipationKind.VISIT_ATTENDED), "employment"));

        StringBuilder report = new StringBuilder();
        report.append("| filter | entries in filter | refresh: median | slowest | people tab: median | slowest |\n"
                + "|---|---|---|---|---|---|\n");
        for (var f : filters.entrySet()) {
            List<Double> refresh = time(() -> refresh(f.getValue()));
            List<Double> people = time(() -> peopleTab(f.getValue()));
            report.append(String.format(java.util.Locale.ROOT, "| %s | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                    f.getKey(), dashboards.countEntries(f.getValue()), refresh.get(RUNS / 2), refresh.get(RUNS - 1),
                    people.get(RUNS / 2), people.get(RUNS - 1)));
            System.out.println("[benchmark] " + f.getKey() + ": refresh median " + refresh.get(RUNS / 2) + " ms, people tab "
                    + people.get(RUNS / 2) + " ms");
        }
        report.append("\nQuery plans of one refresh (network, last 12 months):\n\n");
        report.append(SqlCapture.plansOf(db, () -> refresh(year)));
        Path out = Path.of("target", "benchmarks", "dashboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /** Sorted milliseconds of {@link #RUNS} runs after {@link #WARM_UP} unmeasured ones (p95 of 7 runs = the slowest). */
    private static List<Double> time(Runnable action) {
        return Timings.of(WARM_UP, RUNS, action).sortedMillis();
    }

    /**
     * What the dashboard asks for when its filter changes: figures, charts, map and the entries
     * tab's first page (the tab's count is the dashboard's own sum of entries).
     */
    private void refresh(ParticipationFilter filter) {
        dashboards.dashboard(filter);
        dashboards.entries(filter, PageRequest.first(50));
    }

    /** The people tab, loaded when it is opened. */
    private void peopleTab(ParticipationFilter filter) {
        dashboards.countPeople(filter);
        dashboards.people(filter, PageRequest.first(50));
    }

    private void fill(LocalDate today) {
        int present = entries.countBySource(GeneratedParticipation.SOURCE);
        if (present >= ENTRIES) return;
        var people = staff.ensure(STAFF, 9);
        System.out.printf("[benchmark] %,d staff; generating %,d entries%n", people.size(), ENTRIES - present);
        long started = System.nanoTime();
        // one call: the monthly summaries are recounted once, after the last batch
        history.generate(people, today.minusYears(3).plusDays(1), today, ENTRIES - present, present, n -> {
            if (n % CHUNK == 0) {
                System.out.printf("[benchmark] %,d entries written (%.0f s)%n", n, (System.nanoTime() - started) / 1e9);
            }
        });
        System.out.printf("[benchmark] entries and summaries written in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
}
