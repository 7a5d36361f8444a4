package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Commits 1,000 certificates (about 26 MB of PDFs), then removes them. */
class CertificateZipStreamingTest extends CommittedCertificatesTest {

    static final String SOURCE = "zip-streaming-test";

    @Override
    String source() {
        return SOURCE;
    }
    private static final int COUNT = 1000;


    private static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void a_zip_of_a_thousand_certificates_streams_without_holding_them_in_memory() {
        long holder = holders.idOf("giuseppe.esposito@example.org");
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < COUNT; i++) {
                certificates.issue(new Achievement(CertificateKind.MANUAL, holder, "Streaming test " + i, BigDecimal.ONE,
                        LocalDate.of(2026, 1, 1), SOURCE, i));
            }
        });
        signInAs(TestUsers.SECRETARIAT);

        long baseline = usedHeapAfterGc();
        long[] written = {0};
        long[] heapHalfWay = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                count(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count(len);
            }

            /** Once about 10 MB (some 400 certificates) have gone out, look at the heap. */
            private void count(int len) {
                written[0] += len;
                if (heapHalfWay[0] == 0 && written[0] >= 10L * 1024 * 1024) {
                    heapHalfWay[0] = usedHeapAfterGc();
                }
            }
        };
        int zipped = certificates.writeZip(new CertificateFilter("Streaming test", CertificateKind.MANUAL, null, null, null), sink);

        assertThat(zipped).isEqualTo(COUNT);
        assertThat(written[0]).isGreaterThan(COUNT * 10_000L);
        // 10 MB of PDFs have passed through by then; holding them would show in the heap
        assertThat(heapHalfWay[0]).isPositive();
        assertThat(heapHalfWay[0] - baseline).as("heap growth half-way").isLessThan(8L * 1024 * 1024);
    }
}
