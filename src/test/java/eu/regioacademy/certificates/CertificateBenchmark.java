package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;

import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.db.SqlCapture;
import eu.regioacademy.platform.db.Timings;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Not part of {@code verify} (the name does not end in Test). Run it with
 * {@code ./mvnw test -Dtest=CertificateBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * it adds its figures to the certificate table in {@code docs/benchmarks.md}.
 */
@Import(SqlCapture.class)
class CertificateBenchmark extends CommittedCertificatesTest {

    static final String SOURCE = "benchmark";

    @Override
    String source() {
        return SOURCE;
    }
    /** Enough for the JIT to compile the rendering path before anything is timed (it takes about a thousand). */
    private static final int WARM_UP = 1000;
    private static final int SINGLE = 500;
    private static final int BULK = 1000;

    @Autowired
    CertificatePdf pdf;

    private Achievement achievement(long holder, int n) {
        return new Achievement(CertificateKind.MANUAL, holder, "Benchmark workshop on regional integration policy",
                BigDecimal.valueOf(6), LocalDate.of(2026, 11, 1), SOURCE, n);
    }

    @Test
    void certificate_issuance_and_zip_streaming() throws IOException {
        long holder = holders.idOf("eleni.papadopoulou@example.org");
        db.deleteFrom(CERTIFICATE).where(CERTIFICATE.SOURCE_TYPE.eq(SOURCE)).execute();
        // the PDF alone, without the database: what is left of an issue is SQL round trips and the commit
        CertificateFacts facts = new CertificateFacts(VerificationCode.random(), CertificateKind.MANUAL, "Ελένη Παπαδοπούλου",
                "Benchmark workshop on regional integration policy", BigDecimal.valueOf(6), LocalDate.of(2026, 11, 1),
                java.time.Instant.now(), "en", "Regio Academy network secretariat", "Secretary General", null, null);
        Runnable renderOne = () -> pdf.render(facts, certificates.verifyUrl(facts.code()), certificates.credentialJson(facts));
        Timings render = Timings.of(WARM_UP, SINGLE, renderOne);
        // CPU time apart from waiting for a core: the difference is the other work on the machine
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < SINGLE; i++) renderOne.run();
        double renderCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / SINGLE;
        AtomicInteger n = new AtomicInteger();
        Runnable issueOne = () -> transaction.executeWithoutResult(s -> certificates.issue(achievement(holder, n.getAndIncrement())));
        Timings single = Timings.of(WARM_UP, SINGLE, issueOne);
        // what one issue asks of the database, and the plans of its reads (printed for the record)
        List<String> statements = SqlCapture.statementsOf(issueOne);
        statements.forEach(sql -> System.out.println(sql.length() > 300 ? sql.substring(0, 300) + "…" : sql));
        System.out.println(SqlCapture.plansOf(db, issueOne));
        List<Achievement> bulk = new ArrayList<>();
        for (int i = 0; i < BULK; i++) bulk.add(achievement(holder, n.getAndIncrement()));
        long bulkStart = System.nanoTime();
        transaction.executeWithoutResult(s -> certificates.issueAll(bulk));
        double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
        double avgBytes = db.select(org.jooq.impl.DSL.avg(org.jooq.impl.DSL.field("OCTET_LENGTH({0})", Integer.class, CERTIFICATE.PDF))).from(CERTIFICATE)
                .where(CERTIFICATE.SOURCE_TYPE.eq(SOURCE)).fetchSingle().value1().doubleValue();

        signInAs(TestUsers.SECRETARIAT);
        System.gc();
        long heapBefore = usedHeap();
        long[] peak = {heapBefore};
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
                peak[0] = Math.max(peak[0], usedHeap());
            }
        };
        long zipStart = System.nanoTime();
        int zipped = certificates.writeZip(new CertificateFilter("", CertificateKind.MANUAL, null, null, null), sink);
        double zipSeconds = (System.nanoTime() - zipStart) / 1e9;
        db.deleteFrom(CERTIFICATE).where(CERTIFICATE.SOURCE_TYPE.eq(SOURCE)).execute();

        String machine = machine();
        String row = String.format(java.util.Locale.ROOT,
                "| %s | certificate PDF (render only, no database), single, warm | %d runs | median %.1f ms, p95 %.1f ms (CPU %.1f ms on average) | %s |%n"
                        + "| %s | certificate issue (render PDF + store), single, warm | %d runs, %d statements each | median %.1f ms, p95 %.1f ms | %s |%n"
                        + "| %s | certificate issue, bulk (issueAll) in one transaction | %d | %.0f certificates/s, %.1f KB per PDF | %s |%n"
                        + "| %s | ZIP of certificates streamed from the database | %d files, %.1f MB | %.2f s, heap growth at most %.1f MB | %s |%n",
                ZonedDateTime.now().toLocalDate(), SINGLE, render.median(), render.p95(), renderCpuMs, machine,
                ZonedDateTime.now().toLocalDate(), SINGLE, statements.size(), single.median(), single.p95(), machine,
                ZonedDateTime.now().toLocalDate(), BULK, BULK / bulkSeconds, avgBytes / 1024, machine,
                ZonedDateTime.now().toLocalDate(), zipped, bytes[0] / 1e6, zipSeconds, (peak[0] - heapBefore) / 1e6, machine);
        appendToCertificateTable(Path.of("docs", "benchmarks.md"), row);
        System.out.print(row);
    }

    /** The certificate figures are the file's first table, ending where the next section starts. */
    private static void appendToCertificateTable(Path file, String rows) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int nextSection = lines.size();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ")) {
                nextSection = i;
                break;
            }
        }
        int lastRow = nextSection - 1;
        while (lastRow > 0 && !lines.get(lastRow).startsWith("|")) lastRow--;
        lines.addAll(lastRow + 1, rows.lines().toList());
        Files.write(file, lines);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** With the load average: other work on the machine shows up in the figures, above all in p95. */
    private static String machine() {
        return String.format(java.util.Locale.ROOT, "%d cores, JDK %d, load %.1f", Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
