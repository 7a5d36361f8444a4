package eu.regioacademy.scale;

import static eu.regioacademy.db.Tables.REGION;

import com.zaxxer.hikari.HikariDataSource;
import eu.regioacademy.TestUsers;
import eu.regioacademy.participation.ExportColumn;
import eu.regioacademy.participation.ExportLabels;
import eu.regioacademy.participation.ParticipationCsv;
import eu.regioacademy.participation.ParticipationDashboardService;
import eu.regioacademy.participation.ParticipationFilter;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.BenchmarkDoc;
import eu.regioacademy.platform.db.SqlCapture;
import eu.regioacademy.platform.db.Timings;
import eu.regioacademy.training.CatalogFilter;
import eu.regioacademy.training.LearningService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Not part of {@code verify}. The user-facing queries on network-scale data, timed through the
 * services (SQL plus mapping) and compared with the same SQL run in the {@code mariadb} client.
 * Needs the data generated first (README, "Benchmarks"); writes its table into
 * {@code docs/benchmarks.md}. Run: {@code ./mvnw test -Dtest=NetworkQueryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SqlCapture.class)
@TestPropertySource(properties = {"regio.embedded-db.data-dir=data/scale-mariadb", "regio.embedded-db.fresh-start=false",
        "regio.embedded-db.buffer-pool-mb=1024"})
class NetworkQueryBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 40;
    static final int CLIENT_RUNS = 9;
    static final String HEAVY_LEARNER = "staff8@staff.regio-academy.example";

    @Autowired
    LearningService learning;
    @Autowired
    ParticipationDashboardService dashboards;
    @Autowired
    DSLContext db;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    private record Measured(String what, String size, Timings app, double client) {
    }

    @Test
    void user_facing_queries_on_network_data() throws IOException {
        if (!Files.isDirectory(Path.of("data", "scale-mariadb"))) {
            throw new IllegalStateException("Generate the network data first (README, Benchmarks)");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Measured> rows = new ArrayList<>();

        TestUsers.actAs(context, HEAVY_LEARNER);
        rows.add(measure("catalogue search \"health\", first page", "300 modules", () -> {
            learning.countCatalog(new CatalogFilter("health", null, null, null));
            learning.catalog(new CatalogFilter("health", null, null, null), "en", PageRequest.first(24));
        }));
        rows.add(measure("catalogue, no filter, first page", "300 modules", () -> {
            learning.countCatalog(CatalogFilter.none());
            learning.catalog(CatalogFilter.none(), "en", PageRequest.first(24));
        }));
        int heavy = learning.myLearning("en").size();
        rows.add(measure("/my-learning of a heavy learner", heavy + " enrolments", () -> learning.myLearning("en")));

        TestUsers.actAs(context, TestUsers.SECRETARIAT);
        ParticipationFilter threeYears = new ParticipationFilter(today.minusYears(3).plusDays(1), today, Set.of(), null,
                null, Set.of(), null);
        ParticipationFilter year = ParticipationFilter.lastYear(today);
        long skane = db.select(REGION.ID).from(REGION).where(REGION.NUTS_CODE.eq("SE224")).fetchSingle(REGION.ID);
        rows.add(measure("dashboard refresh, whole network, 3 years (widest)", entries(threeYears), () -> refresh(threeYears)));
        rows.add(measure("dashboard refresh, whole network, 12 months", entries(year), () -> refresh(year)));
        rows.add(measure("dashboard refresh, one region (Skåne), 12 months", entries(year.withRegions(Set.of(skane))),
                () -> refresh(year.withRegions(Set.of(skane)))));
        rows.add(measure("drill-down: entries page 200 (rows 10,000-10,049), 12 months", entries(year),
                () -> dashboards.entries(year, new PageRequest(10_000, 50, List.of()))));
        rows.add(measure("drill-down: people tab, first page, 12 months", entries(year), () -> {
            dashboards.countPeople(year);
            dashboards.people(year, PageRequest.first(50));
        }));

        ParticipationFilter export = filterWithAbout(100_000, today);
        long exported = dashboards.countEntries(export);
        Timings csv = Timings.of(1, 5, () -> csv(export));
        double rowsPerSecond = exported / (csv.median() / 1000);

        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Run %s on the generated network data (%s), %d runs after %d warm-up runs, "
                + "through the services; \"client\" is the same SQL in the `mariadb` client (median of %d), \"ratio\" "
                + "the app's median over the client's.%n%n", today, "ScaleSize.network()", RUNS, WARM_UP, CLIENT_RUNS));
        table.append("| what | data size | median | p95 | client | ratio |\n|---|---|---|---|---|---|\n");
        for (Measured m : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %.1f ms | %.1f ms | %.1f ms | %.1f |%n", m.what(), m.size(),
                    m.app().median(), m.app().p95(), m.client(), m.app().median() / m.client()));
        }
        table.append(String.format(Locale.ROOT, "| CSV export of the entries (streamed) | %,d entries | %.0f ms | %.0f ms "
                + "| | %,.0f rows/s |%n", exported, csv.median(), csv.p95(), rowsPerSecond));
        table.append("\nQuery plans of the widest dashboard refresh:\n\n").append(SqlCapture.plansOf(db, () -> refresh(threeYears)));
        BenchmarkDoc.replaceSection("network-queries", table.toString());
        System.out.println(table);
    }

    private Measured measure(String what, String size, Runnable action) {
        Timings app = Timings.of(WARM_UP, RUNS, action);
        double client = SqlCapture.statementsOf(action).stream().mapToDouble(this::clientMillis).sum();
        System.out.printf(Locale.ROOT, "[benchmark] %s: median %.1f ms, p95 %.1f ms, client %.1f ms%n", what, app.median(),
                app.p95(), client);
        return new Measured(what, size, app, client);
    }

    /** What the secretariat's view loads when its filter changes. */
    private void refresh(ParticipationFilter filter) {
        dashboards.dashboard(filter);
        dashboards.entries(filter, PageRequest.first(50));
    }

    private String entries(ParticipationFilter filter) {
        return String.format(Locale.ROOT, "%,d entries", dashboards.countEntries(filter));
    }

    /** The most recent days that hold at least {@code wanted} entries. */
    private ParticipationFilter filterWithAbout(int wanted, LocalDate today) {
        for (int days = 7; ; days += 7) {
            var filter = new ParticipationFilter(today.minusDays(days), today, Set.of(), null, null, Set.of(), null);
            if (dashboards.countEntries(filter) >= wanted || days > 3 * 366) return filter;
        }
    }

    private void csv(ParticipationFilter filter) {
        List<String> entryHeaders = Arrays.stream(ExportColumn.Entry.values())
                .map(Enum::name).toList();
        List<String> regionHeaders = Arrays.stream(ExportColumn.Region.values()).map(Enum::name).toList();
        ExportLabels labels = new ExportLabels(entryHeaders, regionHeaders, Enum::name, Enum::name, ZoneOffset.UTC);
        try {
            dashboards.readEntries(filter, lines -> new ParticipationCsv().writeEntries(lines, labels,
                    OutputStream.nullOutputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern SECONDS = Pattern.compile("\\((\\d+\\.\\d+) sec\\)");

    /** The median time the {@code mariadb} client reports for one statement, in ms. */
    private double clientMillis(String sql) {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        Matcher port = Pattern.compile(":(\\d+)/").matcher(url);
        if (!port.find()) throw new IllegalStateException("No port in " + url);
        String script = (sql + ";\n").repeat(CLIENT_RUNS);
        try {
            Process client = new ProcessBuilder(Path.of("target", "mariadb-base", "bin", "mariadb").toString(),
                    "-h127.0.0.1", "-P" + port.group(1), "-uroot", "--skip-ssl", "-vvv", "regio").redirectErrorStream(true).start();
            try (var in = client.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            client.waitFor();
            List<Double> times = new ArrayList<>();
            Matcher m = SECONDS.matcher(out);
            while (m.find()) times.add(Double.parseDouble(m.group(1)) * 1000);
            if (times.isEmpty()) throw new IllegalStateException("No timing from the client: " + out.substring(0, Math.min(500, out.length())));
            times.sort(null);
            return times.get(times.size() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
