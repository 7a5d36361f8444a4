package eu.regioacademy.platform.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/**
 * The UI under load over real HTTP. Not part of {@code verify} (the name does not end in Test).
 * Build the production jar once ({@code ./mvnw -Pproduction -DskipTests package}), then e.g.
 * {@code ./mvnw test -Dtest=UiLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dload.users=500}.
 * It starts the app in a JVM of its own ({@link LoadServer}) unless {@code load.baseUrl} (and
 * {@code load.serverPid} for heap figures) point at a running one. Scenarios ({@code load.scenario}):
 * <ul>
 * <li>{@code steady} (default): {@code load.users} people sign in over {@code load.rampSeconds}, then
 * work with {@code load.thinkSeconds} mean think time for {@code load.durationSeconds}; round trips
 * per action, requests/s, errors, and live heap growth per open UI. {@code load.floor=true}: the same
 * with anonymous people on the empty {@link FloorView}.</li>
 * <li>{@code views}: {@code load.viewUsers} sessions parked on each of the floor, home, catalogue,
 * study visits and participation dashboard, one view after the other: live heap per open UI of each.</li>
 * <li>{@code soak}: the baseline once the warm-up's sessions have expired, a steady run, then everybody
 * leaves and live heap is followed for {@code load.expiryMinutes} (start the server with a short
 * {@code server.servlet.session.timeout} through {@code load.serverArgs}); what grew, by class, is
 * reported, the class histograms are kept in {@code target/benchmarks/}. {@code load.jfr=true} records
 * from the baseline to the end ({@code soak.jfr}, old-object samples with their paths from the GC roots),
 * {@code load.heapDump=true} dumps the heap at the end.</li>
 * </ul>
 * {@code load.profile=true} records the server's measured window of a steady or soak run with JFR
 * ({@code target/benchmarks/measured.jfr}, execution samples: where the CPU per request goes).
 * Figures go to standard output and {@code target/benchmarks/ui-load.md}.
 */
class UiLoadBenchmark {

    private static final String PASSWORD = "demo";
    private static final List<String> ACCOUNTS = List.of("learner@example.org", "mentor@example.org",
            "coordinator@example.org", "secretariat@example.org", "admin@example.org");
    private static final Path REPORT = Path.of("target", "benchmarks", "ui-load.md");

    private final String scenario = System.getProperty("load.scenario", "steady");
    private final int users = Integer.getInteger("load.users", 100);
    private final long thinkMillis = (long) (Double.parseDouble(System.getProperty("load.thinkSeconds", "30")) * 1000);
    // five sign-ins a second: password hashing is meant to be slow, and the figures are for working, not arriving
    private final int rampSeconds = Integer.getInteger("load.rampSeconds", Math.max(20, users / 5));
    private final int durationSeconds = Integer.getInteger("load.durationSeconds", 120);
    private final boolean floor = Boolean.getBoolean("load.floor");
    private final int viewUsers = Integer.getInteger("load.viewUsers", 200);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    @Test
    void run() throws Exception {
        try (LoadServer server = server()) {
            warmUp(server.base);
            switch (scenario) {
                case "steady" -> steady(server);
                case "views" -> views(server);
                case "soak" -> soak(server);
                default -> throw new IllegalArgumentException("load.scenario: steady, views or soak, not " + scenario);
            }
        }
    }

    private LoadServer server() throws IOException, InterruptedException {
        String baseUrl = System.getProperty("load.baseUrl");
        if (baseUrl != null) return LoadServer.external(URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"),
                Long.getLong("load.serverPid", -1L));
        String extra = System.getProperty("load.serverArgs", "").trim();
        return LoadServer.start(Integer.getInteger("load.port", 18080), System.getProperty("load.heap", "2g"),
                extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+")));
    }

    /** Every account through every view of its navigation once, so one-off caches and JIT are not counted. */
    private void warmUp(URI base) throws IOException, InterruptedException {
        RoundTrips trips = new RoundTrips();
        for (int round = 0; round < 3; round++) {
            for (String account : ACCOUNTS) {
                VirtualBrowser browser = new VirtualBrowser(http, base, trips);
                browser.signIn(account, PASSWORD, true);
                List<String> links = browser.tree().navigationPaths();
                if (links.isEmpty()) throw new IllegalStateException("no side navigation for " + account);
                for (String path : links) browser.navigate(path);
            }
            new VirtualBrowser(http, base, trips).open(FloorView.ROUTE);
        }
        if (trips.errorCount() > 0) throw new IllegalStateException("warm-up failed: " + trips.errors());
        burst(base, 60);
    }

    /**
     * Requests on as many connections at once, which then close: Tomcat keeps idle request processors
     * up to a bound ({@code server.tomcat.processor-cache}), filled here once, so the baseline holds
     * them as any later moment does and a run is not charged for them.
     */
    private static void burst(URI base, int connections) {
        try (HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpRequest health = HttpRequest.newBuilder(base.resolve("actuator/health")).build();
            List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
            for (int i = 0; i < connections; i++) sent.add(own.sendAsync(health, HttpResponse.BodyHandlers.discarding()));
            for (var response : sent) {
                if (response.join().statusCode() != 200) throw new IllegalStateException("warm-up burst: " + response.join());
            }
        }
    }

    private void steady(LoadServer server) throws Exception {
        measuredRun(server, server.liveHeapBytes(), String.format("steady%s: %d sessions, think %.1f s, ramp %d s, %d s measured",
                floor ? " (floor)" : "", users, thinkMillis / 1000.0, rampSeconds, durationSeconds));
    }

    /** Everybody signs in, then the round trips and the live heap of {@code durationSeconds} are reported. */
    private void measuredRun(LoadServer server, long baseline, String title) throws Exception {
        RoundTrips trips = new RoundTrips();
        try (Crowd crowd = new Crowd(server.base, trips)) {
            crowd.arrive(users, rampSeconds);
            crowd.awaitSignedIn();
            trips.reset();
            boolean profile = Boolean.getBoolean("load.profile");
            if (profile) server.startRecording();
            Thread.sleep(durationSeconds * 1000L);
            var summaries = trips.summaries();
            double seconds = trips.seconds();
            if (profile) server.dumpRecording(Path.of("target", "benchmarks", "measured.jfr"));
            long heap = server.liveHeapBytes();
            report(title, trips, summaries, seconds, baseline, heap, users);
        }
    }

    /**
     * A steady run between two states without sessions: the baseline once the warm-up's sessions
     * have expired, the end once the run's have. What grew in between, by class, goes to the report.
     */
    private void soak(LoadServer server) throws Exception {
        long patience = Long.getLong("load.expiryMinutes", 6);
        String waited = awaitNoSessions(server, patience);
        ClassHistogram baseline = server.histogram("soak-baseline");
        write("soak baseline: " + waited + ", live heap " + mb(baseline.totalBytes()) + " MB");
        boolean record = Boolean.getBoolean("load.jfr");
        if (record) server.startRecording();
        measuredRun(server, baseline.totalBytes(), String.format("soak: %d sessions, think %.1f s, %d s measured",
                users, thinkMillis / 1000.0, durationSeconds));
        // everybody closed the tab: only the session timeout and Vaadin's idle-session closing free the memory
        StringBuilder after = new StringBuilder("after everybody left (minutes: live heap MB, vs baseline "
                + mb(baseline.totalBytes()) + " MB; open sessions):");
        ClassHistogram end = baseline;
        for (int minute = 1; minute <= patience; minute++) {
            Thread.sleep(60_000);
            end = server.histogram("soak-after-" + minute);
            after.append(String.format(" %d: %.1f (%+.1f%%; %d)", minute, end.totalBytes() / 1e6,
                    100.0 * (end.totalBytes() - baseline.totalBytes()) / baseline.totalBytes(), sessions(end)));
        }
        write(after.toString());
        write(growth("what stayed, by class (instances, KB):", baseline, end, 25, 1));
        if (record) server.dumpRecording(Path.of("target", "benchmarks", "soak.jfr"));
        if (Boolean.getBoolean("load.heapDump")) server.heapDump(Path.of("target", "benchmarks", "soak-end.hprof"));
    }

    /** The classes that grew most between two histograms, as a Markdown table, divided by {@code per}. */
    private static String growth(String title, ClassHistogram from, ClassHistogram to, int limit, int per) {
        StringBuilder table = new StringBuilder(title).append("\n| class | instances | KB |\n|---|---|---|\n");
        for (ClassHistogram.Change change : to.growthSince(from, limit)) {
            table.append(String.format("| %s | %+.1f | %+.2f |%n", change.className(), (double) change.instances() / per,
                    change.bytes() / 1024.0 / per));
        }
        return table.toString();
    }

    /** Waits (up to {@code minutes}) until no HTTP session is open, e.g. the warm-up's; says how long it took. */
    private static String awaitNoSessions(LoadServer server, long minutes) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + minutes * 60_000_000_000L;
        long open = sessions(server.histogram(null));
        while (open > 0 && System.nanoTime() < deadline) {
            Thread.sleep(15_000);
            open = sessions(server.histogram(null));
        }
        return String.format("%d sessions open after %.0f s", open, (System.nanoTime() - start) / 1e9);
    }

    /** Open HTTP sessions: each holds at most one Vaadin session. */
    private static long sessions(ClassHistogram histogram) {
        return histogram.instances("org.apache.catalina.session.StandardSession");
    }

    private void views(LoadServer server) throws Exception {
        StringBuilder line = new StringBuilder(String.format("views: live heap per open UI, %d sessions each:", viewUsers));
        record Target(String name, String account, String route) {
        }
        List<Target> targets = List.of(new Target("floor (empty view)", null, FloorView.ROUTE),
                new Target("home", ACCOUNTS.get(0), ""), new Target("catalog", ACCOUNTS.get(0), "catalog"),
                new Target("study-visits", ACCOUNTS.get(0), VirtualUser.STUDY_VISITS),
                new Target("secretariat", ACCOUNTS.get(3), "secretariat"));
        RoundTrips trips = new RoundTrips();
        StringBuilder byClass = new StringBuilder();
        for (Target target : targets) {
            ClassHistogram before = server.histogram(null);
            Semaphore parallel = new Semaphore(4);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < viewUsers; i++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        parallel.acquire();
                        VirtualBrowser browser = new VirtualBrowser(http, server.base, trips);
                        if (target.account() == null) {
                            browser.open(target.route());
                        } else {
                            // the login page's own UI is left out: this is the cost of the view's UI and its session
                            browser.signIn(target.account(), PASSWORD, false);
                            if (!target.route().isEmpty()) browser.navigate(target.route());
                        }
                    } catch (Exception e) {
                        trips.error(target.name(), e);
                    } finally {
                        parallel.release();
                    }
                }));
            }
            for (Thread t : threads) t.join();
            ClassHistogram after = server.histogram("view-" + target.route().replace('/', '-'));
            line.append(String.format(" %s %.1f KB;", target.name(),
                    (after.totalBytes() - before.totalBytes()) / 1024.0 / viewUsers));
            byClass.append(growth(target.name() + ", per open UI, by class (instances, KB):", before, after, 15, viewUsers));
        }
        line.append(" errors ").append(trips.errorCount()).append(trips.errorCount() > 0 ? " " + trips.errors() : "");
        write(line.toString());
        write(byClass.toString());
    }

    /** The virtual users of a run, each on a virtual thread, until closed. */
    private final class Crowd implements AutoCloseable {
        private final URI base;
        private final RoundTrips trips;
        private final List<Thread> threads = new ArrayList<>();
        private final java.util.concurrent.CountDownLatch signedIn = new java.util.concurrent.CountDownLatch(users);
        private volatile boolean working = true;

        Crowd(URI base, RoundTrips trips) {
            this.base = base;
            this.trips = trips;
        }

        /** People arrive one by one over the ramp, so sign-ins (password hashing) do not all come at once. */
        void arrive(int count, int overSeconds) throws InterruptedException {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + (long) i * overSeconds * 1_000_000_000L / count;
                long wait = due - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                String account = floor ? null : ACCOUNTS.get(i % ACCOUNTS.size());
                VirtualUser user = new VirtualUser(new VirtualBrowser(http, base, trips), account, PASSWORD, trips, i, thinkMillis);
                threads.add(Thread.ofVirtual().name("user-" + i).start(() -> {
                    try {
                        user.work(() -> working, signedIn::countDown);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
        }

        /** The measured window starts when everybody is in and the last sign-ins have settled. */
        void awaitSignedIn() throws InterruptedException {
            if (!signedIn.await(5, java.util.concurrent.TimeUnit.MINUTES)) {
                System.out.println("not everybody signed in: " + signedIn.getCount() + " missing");
            }
            Thread.sleep(10_000);
        }

        @Override
        public void close() throws InterruptedException {
            working = false;
            for (Thread t : threads) t.join(Duration.ofSeconds(90));
        }
    }

    private void report(String title, RoundTrips trips, Map<String, RoundTrips.Summary> summaries, double seconds,
                        long baseline, long heap, int sessions) throws IOException {
        StringBuilder out = new StringBuilder(LocalDate.now() + " " + title + "\n");
        out.append(String.format("requests/s: %.1f all, %.1f UIDL; errors: %d%s%n", trips.allRequests() / seconds,
                trips.requests("uidl") / seconds, trips.errorCount(), trips.errorCount() > 0 ? " " + trips.errors() : ""));
        out.append(String.format("live heap: baseline %.1f MB, with sessions %.1f MB, %.1f KB per open UI%n",
                baseline / 1e6, heap / 1e6, (heap - baseline) / 1024.0 / sessions));
        out.append("| action | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        summaries.forEach((action, s) -> out.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.0f |%n",
                action, s.count(), s.p50(), s.p95(), s.p99(), s.max())));
        write(out.toString());
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1e5) / 10.0;
    }

    private static void write(String text) throws IOException {
        System.out.println(text);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
