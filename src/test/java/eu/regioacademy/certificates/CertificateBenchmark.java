package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;

import eu.regioacademy.TestUsers;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not part of {@code verify} (the name does not end in Test). Run it with
 * {@code ./mvnw test -Dtest=CertificateBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * it appends its figures to {@code docs/benchmarks.md}.
 */
class CertificateBenchmark extends CommittedCertificatesTest {

    static final String SOURCE = "benchmark";

    @Override
    String source() {
        return SOURCE;
    }
    private static final int WARM_UP = 50;
    private static final int SINGLE = 200;
    private static final int BULK = 1000;


    private Achievement achievement(long holder, int n) {
        return new Achievement(CertificateKind.MANUAL, holder, "Benchmark workshop on regional integration policy",
                BigDecimal.valueOf(6), LocalDate.of(2026, 11, 1), SOURCE, n);
    }

    @Test
    void certificate_issuance_and_zip_streaming() throws IOException {
        long holder = holders.idOf("eleni.papadopoulou@example.org");
        db.deleteFrom(CERTIFICATE).where(CERTIFICATE.SOURCE_TYPE.eq(SOURCE)).execute();
        int n = 0;
        for (int i = 0; i < WARM_UP; i++) {
            int id = n++;
            transaction.executeWithoutResult(s -> certificates.issue(achievement(holder, id)));
        }
        List<Double> singleMs = new ArrayList<>();
        for (int i = 0; i < SINGLE; i++) {
            int id = n++;
            long start = System.nanoTime();
            transaction.executeWithoutResult(s -> certificates.issue(achievement(holder, id)));
            singleMs.add((System.nanoTime() - start) / 1e6);
        }
        long bulkStart = System.nanoTime();
        int first = n;
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < BULK; i++) certificates.issue(achievement(holder, first + i));
        });
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

        Collections.sort(singleMs);
        String row = String.format(java.util.Locale.ROOT,
                "| %s | certificate issue (render PDF + store), single, warm | %d runs | median %.1f ms, p95 %.1f ms | %s |%n"
                        + "| %s | certificate issue, bulk in one transaction | %d | %.0f certificates/s, %.1f KB per PDF | %s |%n"
                        + "| %s | ZIP of certificates streamed from the database | %d files, %.1f MB | %.2f s, heap growth at most %.1f MB | %s |%n",
                ZonedDateTime.now().toLocalDate(), SINGLE, singleMs.get(SINGLE / 2), singleMs.get((int) (SINGLE * 0.95)), machine(),
                ZonedDateTime.now().toLocalDate(), BULK, BULK / bulkSeconds, avgBytes / 1024, machine(),
                ZonedDateTime.now().toLocalDate(), zipped, bytes[0] / 1e6, zipSeconds, (peak[0] - heapBefore) / 1e6, machine());
        Path file = Path.of("docs", "benchmarks.md");
        if (!Files.exists(file)) {
            Files.writeString(file, "# Benchmarks\n\nFigures recorded by the benchmark commands (never part of `verify`).\n\n"
                    + "| date | what | data size | result | machine |\n|---|---|---|---|---|\n");
        }
        Files.writeString(file, row, java.nio.file.StandardOpenOption.APPEND);
        System.out.print(row);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, JDK " + Runtime.version().feature();
    }
}
