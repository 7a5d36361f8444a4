package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Commits 1,000 certificates (about 26 MB of PDFs), then removes them. */
@SpringBootTest
@ActiveProfiles("test")
class CertificateZipStreamingTest {

    private static final String SOURCE = "zip-streaming-test";
    private static final int COUNT = 1000;

    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateHolderQuery holders;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeCertificates() {
        db.deleteFrom(CERTIFICATE).where(CERTIFICATE.SOURCE_TYPE.eq(SOURCE)).execute();
        SecurityContextHolder.clearContext();
    }

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
        TestUsers.useSecurityContextOf(context);
        TestUsers.signIn(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class), TestUsers.SECRETARIAT);

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
