package eu.regioacademy.platform.cluster;

import eu.regioacademy.Application;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.Achievement;
import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.db.DeadlockRetry;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitStatus;
import eu.regioacademy.training.LearningService;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workload of {@code scripts/galera-cluster.sh}, never part of {@code verify}. Each
 * {@code instance} is one JVM running the whole application (prod profile, its own web
 * server, scheduler and connection pool) against one Galera node, and drives a mixed workload
 * through that instance's services as signed-in users: enrolments, applications to an open
 * visit, hosts selecting on full visits (the same visits from both instances at once), and
 * certificate issuance racing for the same sources. It writes what it saw; {@code check} then
 * compares that with the database, on the node that was killed and came back.
 * <p>
 * {@code instance NAME JDBC_URL HTTP_PORT DIR OPS THREADS} and {@code check DIR JDBC_URL...}.
 */
public final class GaleraWorkload {

    static final String CERT_SOURCE = "cluster-drill";
    static final int CERT_SOURCES = 60;
    static final int SELECTION_VISITS = 4;
    static final int CAPACITY = 3;

    private GaleraWorkload() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "instance" -> instance(args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "check" -> System.exit(check(Path.of(args[1]), Arrays.asList(args).subList(2, args.length)) ? 0 : 1);
            default -> throw new IllegalArgumentException("instance | check");
        }
    }

    // ---------------------------------------------------------------- one app instance

    static void instance(String name, String url, int port, Path dir, int ops, int threads) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class, WorkloadBeans.class)
                .profiles("prod")
                .initializers(c -> c.getBeanFactory().registerSingleton("clusterTestExclusion", new TestClasses()))
                // arguments, not default properties: they must win over application-prod.properties
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=regio",
                        "--spring.datasource.password=regio", "--server.port=" + port, "--regio.demo-data=true",
                        "--regio.demo-history=false", "--regio.first-admin.password=cluster-admin-passphrase",
                        "--server.servlet.session.cookie.secure=false", "--spring.datasource.hikari.maximum-pool-size=10",
                        "--spring.datasource.hikari.connection-timeout=5000", "--regio.db.deadlock-retry.max-attempts=6");
        try {
            Setup setup = "a".equals(name) ? prepare(app, dir) : awaitSetup(dir);
            Files.writeString(dir.resolve("ready-" + name), "ready");
            while (!(Files.exists(dir.resolve("ready-a")) && Files.exists(dir.resolve("ready-b")))) Thread.sleep(100);
            Result result = drive(app, name, setup, dir, ops, threads);
            result.write(dir.resolve("result-" + name + ".properties"));
            System.out.println(name + ": " + result.summary());
        } finally {
            app.close();
        }
    }

    record Setup(List<Long> selectionApplications, long openVisit, List<String> people, List<String> modules) {
        void write(Path file) throws IOException {
            Properties p = new Properties();
            p.setProperty("selectionApplications", join(selectionApplications));
            p.setProperty("openVisit", Long.toString(openVisit));
            p.setProperty("people", String.join(",", people));
            p.setProperty("modules", String.join(",", modules));
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "cluster workload set-up");
            }
        }

        static Setup read(Path file) throws IOException {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            return new Setup(longs(p.getProperty("selectionApplications")), Long.parseLong(p.getProperty("openVisit")),
                    List.of(p.getProperty("people").split(",")), List.of(p.getProperty("modules").split(",")));
        }
    }

    /** Instance a: visits full of endorsed applicants to select from, one open visit, who acts. */
    static Setup prepare(ConfigurableApplicationContext app, Path dir) throws IOException {
        StudyVisitFixture fixture = app.getBean(StudyVisitFixture.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<String> people = jdbc.queryForList("""
                SELECT email FROM app_user WHERE active AND email LIKE '%@example.org' ORDER BY id LIMIT 40""", String.class);
        List<String> modules = jdbc.queryForList(
                "SELECT code FROM training_module WHERE status = 'PUBLISHED' ORDER BY id LIMIT 6", String.class);
        List<Long> applications = new ArrayList<>();
        long[] open = new long[1];
        app.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
            for (int v = 0; v < SELECTION_VISITS; v++) {
                long visit = fixture.visit(VisitStatus.SELECTION, CAPACITY);
                for (String email : people.subList(0, 10)) {
                    applications.add(fixture.application(visit, email, ApplicationStatus.ENDORSED));
                }
            }
            open[0] = fixture.visit(VisitStatus.OPEN, 500);
        });
        Setup setup = new Setup(applications, open[0], people, modules);
        Path tmp = dir.resolve("setup.tmp");
        setup.write(tmp);
        Files.move(tmp, dir.resolve("setup.properties"));
        return setup;
    }

    static Setup awaitSetup(Path dir) throws Exception {
        Path file = dir.resolve("setup.properties");
        while (!Files.exists(file)) Thread.sleep(200);
        return Setup.read(file);
    }

    static Result drive(ConfigurableApplicationContext app, String name, Setup setup, Path dir, int ops, int threads)
            throws Exception {
        LearningService learning = app.getBean(LearningService.class);
        VisitApplicationService applications = app.getBean(VisitApplicationService.class);
        WorkloadBeans.Issuer issuer = app.getBean(WorkloadBeans.Issuer.class);
        DeadlockRetry retry = app.getBean(DeadlockRetry.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Long> holders = jdbc.queryForList("SELECT id FROM app_user WHERE active ORDER BY id LIMIT 40", Long.class);
        long retriesBefore = retry.retries();
        Result result = new Result();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            long seed = name.hashCode() * 31L + t;
            pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = next.getAndIncrement(); i < ops; i = next.getAndIncrement()) {
                    String kind = switch (i % 4) {
                        case 0 -> "enrol";
                        case 1 -> "apply";
                        case 2 -> "select";
                        default -> "certificate";
                    };
                    String email = setup.people().get(random.nextInt(setup.people().size()));
                    String secretariat = TestUsers.SECRETARIAT;
                    try {
                        switch (kind) {
                            case "enrol" -> {
                                String module = setup.modules().get(random.nextInt(setup.modules().size()));
                                TestUsers.actAs(app, email);
                                learning.enrol(module);
                                result.enrolments.add(email + "|" + module);
                            }
                            case "apply" -> {
                                TestUsers.actAs(app, email);
                                result.applications.add(applications.apply(setup.openVisit(), "Cluster drill", "Notes"));
                            }
                            case "select" -> {
                                long application = setup.selectionApplications()
                                        .get(random.nextInt(setup.selectionApplications().size()));
                                TestUsers.actAs(app, secretariat);
                                applications.select(application);
                                result.selections.add(application);
                            }
                            default -> {
                                int source = random.nextInt(CERT_SOURCES);
                                TestUsers.actAs(app, secretariat);
                                issuer.issue(new Achievement(CertificateKind.MANUAL, holders.get(source % holders.size()),
                                        "Cluster drill " + source, BigDecimal.ONE, LocalDate.now(), CERT_SOURCE, source));
                                result.certificates.add((long) source);
                            }
                        }
                        result.ok(kind);
                    } catch (InvalidInputException refused) {
                        result.refused(kind);
                    } catch (RuntimeException failed) {
                        result.failed(kind, failed);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    int done = result.done.incrementAndGet();
                    if (done % 50 == 0) progress(dir, name, done);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) throw new IllegalStateException("workload did not finish");
        progress(dir, name, result.done.get());
        result.seconds = (System.nanoTime() - started) / 1e9;
        result.retries = retry.retries() - retriesBefore;
        result.givenUp = retry.givenUp();
        return result;
    }

    private static void progress(Path dir, String name, int done) {
        try {
            Files.writeString(dir.resolve("progress-" + name), Integer.toString(done));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What one instance saw: outcomes per kind, what succeeded, failures with their times. */
    static final class Result {
        final AtomicInteger done = new AtomicInteger();
        final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final Set<String> enrolments = ConcurrentHashMap.newKeySet();
        final Set<Long> applications = ConcurrentHashMap.newKeySet();
        final Set<Long> selections = ConcurrentHashMap.newKeySet();
        final Set<Long> certificates = ConcurrentHashMap.newKeySet();
        final AtomicLong firstFailure = new AtomicLong();
        final AtomicLong lastFailure = new AtomicLong();
        final ConcurrentHashMap<String, AtomicInteger> failureTypes = new ConcurrentHashMap<>();
        double seconds;
        long retries;
        long givenUp;

        void ok(String kind) {
            count(kind + ".ok");
        }

        void refused(String kind) {
            count(kind + ".refused");
        }

        void failed(String kind, RuntimeException e) {
            count(kind + ".failed");
            long now = System.currentTimeMillis();
            firstFailure.compareAndSet(0, now);
            lastFailure.accumulateAndGet(now, Math::max);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            failureTypes.computeIfAbsent(root.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        }

        private void count(String key) {
            counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }

        int get(String key) {
            AtomicInteger n = counts.get(key);
            return n == null ? 0 : n.get();
        }

        String summary() {
            return "ops=" + done.get() + " in " + String.format("%.1f", seconds) + " s, " + new TreeSet<>(counts.entrySet()
                    .stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + ", retries=" + retries
                    + ", givenUp=" + givenUp + ", failures=" + failureTypes;
        }

        void write(Path file) throws IOException {
            Properties p = new Properties();
            counts.forEach((k, v) -> p.setProperty(k, Integer.toString(v.get())));
            p.setProperty("ops", Integer.toString(done.get()));
            p.setProperty("seconds", String.format("%.1f", seconds));
            p.setProperty("retries", Long.toString(retries));
            p.setProperty("givenUp", Long.toString(givenUp));
            p.setProperty("firstFailure", Long.toString(firstFailure.get()));
            p.setProperty("lastFailure", Long.toString(lastFailure.get()));
            p.setProperty("failureTypes", failureTypes.toString());
            p.setProperty("enrolments", String.join(",", enrolments));
            p.setProperty("applications", join(applications));
            p.setProperty("selections", join(selections));
            p.setProperty("certificates", join(certificates));
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "cluster workload result");
            }
        }
    }

    // ---------------------------------------------------------------- the check

    /** Compares what both instances saw with the database on every node; prints figures, true when all rules held. */
    static boolean check(Path dir, List<String> urls) throws Exception {
        Setup setup = Setup.read(dir.resolve("setup.properties"));
        List<Properties> results = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(dir.resolve("result-" + name + ".properties"))) {
                p.load(r);
            }
            results.add(p);
        }
        Checks checks = new Checks();
        try (Connection db = DriverManager.getConnection(urls.getFirst(), "regio", "regio")) {
            // selections: never more than the capacity, places 1..capacity without gaps or twins, every success kept
            Set<Long> selectedOk = union(results, "selections");
            String apps = join(setup.selectionApplications());
            List<Long> selectedDb = longsOf(db, "SELECT id FROM visit_application WHERE id IN (" + apps + ") AND place_no IS NOT NULL");
            checks.that("every reported selection is in the database", selectedDb.containsAll(selectedOk));
            checks.that("no visit holds more than " + CAPACITY + " places", longsOf(db, "SELECT COUNT(*) FROM visit_application "
                    + "WHERE id IN (" + apps + ") AND place_no IS NOT NULL GROUP BY visit_id HAVING COUNT(*) > " + CAPACITY).isEmpty());
            checks.that("places are numbered 1.." + CAPACITY + " once each", longsOf(db, "SELECT COUNT(*) FROM visit_application "
                    + "WHERE id IN (" + apps + ") AND place_no IS NOT NULL GROUP BY visit_id, place_no HAVING COUNT(*) > 1 "
                    + "OR MAX(place_no) > " + CAPACITY).isEmpty());
            checks.that("all visits filled (" + SELECTION_VISITS * CAPACITY + " places)", selectedDb.size() == SELECTION_VISITS * CAPACITY);
            // applications: one per person, each reported success there, nothing the instances did not report
            Set<Long> appliedOk = union(results, "applications");
            List<Long> appliedDb = longsOf(db, "SELECT id FROM visit_application WHERE visit_id = " + setup.openVisit());
            int appliedFailed = sum(results, "apply.failed");
            checks.that("applications in the database (" + appliedDb.size() + ") = reported successes (" + appliedOk.size()
                    + ") + at most the " + appliedFailed + " failed in flight",
                    appliedDb.containsAll(appliedOk) && appliedDb.size() <= appliedOk.size() + appliedFailed);
            checks.that("one application per person", longsOf(db, "SELECT COUNT(*) FROM visit_application WHERE visit_id = "
                    + setup.openVisit() + " GROUP BY applicant_id HAVING COUNT(*) > 1").isEmpty());
            // enrolments: each reported one exists once, with one ledger entry
            Set<String> enrolledOk = unionStrings(results, "enrolments");
            int missing = 0;
            for (String pair : enrolledOk) {
                String[] p = pair.split("\\|");
                missing += longsOf(db, "SELECT e.id FROM enrolment e JOIN app_user u ON u.id = e.user_id JOIN training_module m "
                        + "ON m.id = e.module_id WHERE u.email = '" + p[0] + "' AND m.code = '" + p[1] + "'").size() == 1 ? 0 : 1;
            }
            checks.that("every reported enrolment exists once (" + enrolledOk.size() + ")", missing == 0);
            checks.that("one 'enrolled' ledger entry per enrolment", longsOf(db, "SELECT e.id FROM enrolment e "
                    + "LEFT JOIN participation_entry p ON p.source_type = 'enrolment' AND p.source_id = e.id "
                    + "AND p.kind = 'MODULE_ENROLLED' GROUP BY e.id HAVING COUNT(p.id) <> 1").isEmpty());
            // certificates: one per source, however many instances raced for it
            Set<Long> certifiedOk = union(results, "certificates");
            List<Long> certifiedDb = longsOf(db, "SELECT source_id FROM certificate WHERE source_type = '" + CERT_SOURCE + "'");
            checks.that("one certificate per source (" + certifiedDb.size() + " in the database, " + certifiedOk.size()
                    + " sources reported)", certifiedDb.size() == new TreeSet<>(certifiedDb).size()
                    && new TreeSet<>(certifiedDb).containsAll(certifiedOk)
                    && certifiedDb.size() <= certifiedOk.size() + sum(results, "certificate.failed"));
        }
        // the nodes agree (the killed one caught up)
        List<String> fingerprints = new ArrayList<>();
        for (String url : urls) {
            try (Connection node = DriverManager.getConnection(url, "regio", "regio")) {
                fingerprints.add(longsOf(node, """
                        SELECT (SELECT COUNT(*) FROM visit_application) * 1000000000
                             + (SELECT COUNT(*) FROM enrolment) * 1000000 + (SELECT COUNT(*) FROM certificate) * 1000
                             + (SELECT COUNT(*) FROM participation_entry) % 1000""").toString()
                        + " size=" + longsOf(node, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                        + "WHERE VARIABLE_NAME = 'WSREP_CLUSTER_SIZE'"));
            }
        }
        checks.that("all nodes hold the same rows: " + fingerprints, fingerprints.stream().distinct().count() == 1);

        int ok = 0, refused = 0, failed = 0, ops = 0;
        for (Properties p : results) {
            ops += Integer.parseInt(p.getProperty("ops"));
            for (String k : p.stringPropertyNames()) {
                if (k.endsWith(".ok")) ok += Integer.parseInt(p.getProperty(k));
                if (k.endsWith(".refused")) refused += Integer.parseInt(p.getProperty(k));
                if (k.endsWith(".failed")) failed += Integer.parseInt(p.getProperty(k));
            }
        }
        System.out.printf("FIGURES ops=%d ok=%d refused=%d failed=%d retries=%s givenUp=%s seconds=%s/%s failures=%s/%s%n", ops, ok,
                refused, failed, results.stream().map(p -> p.getProperty("retries")).collect(Collectors.joining("+")),
                results.stream().map(p -> p.getProperty("givenUp")).collect(Collectors.joining("+")),
                results.get(0).getProperty("seconds"), results.get(1).getProperty("seconds"),
                results.get(0).getProperty("failureTypes"), results.get(1).getProperty("failureTypes"));
        for (String name : List.of("a", "b")) {
            Properties p = results.get(name.equals("a") ? 0 : 1);
            System.out.println("FIGURES instance " + name + ": " + new TreeSet<>(p.stringPropertyNames().stream()
                    .filter(k -> k.contains(".")).map(k -> k + "=" + p.getProperty(k)).toList())
                    + " firstFailure=" + p.getProperty("firstFailure") + " lastFailure=" + p.getProperty("lastFailure"));
        }
        System.out.println(checks.failures == 0 ? "ALL RULES HELD" : checks.failures + " RULE(S) BROKEN");
        return checks.failures == 0;
    }

    private static final class Checks {
        int failures;

        void that(String rule, boolean held) {
            System.out.println((held ? "ok     " : "BROKEN ") + rule);
            if (!held) failures++;
        }
    }

    private static List<Long> longsOf(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getLong(1));
        }
        return values;
    }

    private static Set<Long> union(List<Properties> results, String key) {
        Set<Long> all = new TreeSet<>();
        results.forEach(p -> all.addAll(longs(p.getProperty(key, ""))));
        return all;
    }

    private static Set<String> unionStrings(List<Properties> results, String key) {
        Set<String> all = new TreeSet<>();
        results.forEach(p -> {
            String v = p.getProperty(key, "");
            if (!v.isEmpty()) all.addAll(List.of(v.split(",")));
        });
        return all;
    }

    private static int sum(List<Properties> results, String key) {
        return results.stream().mapToInt(p -> Integer.parseInt(p.getProperty(key, "0"))).sum();
    }

    private static String join(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> longs(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }

    /** Keeps the test classes' own configurations (test slices, captures) out of the instance's context. */
    static final class TestClasses extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
                    || reader.getClassMetadata().getClassName().contains("Test$");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TestClasses;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
