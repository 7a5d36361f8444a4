package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ConcurrentAttempts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Parallel real transactions on MariaDB: committed, so the test removes what it made. */
class CertificateConcurrencyTest extends CommittedCertificatesTest {

    static final String SOURCE = "concurrency-test";

    @Override
    String source() {
        return SOURCE;
    }


    @Test
    void two_simultaneous_requests_for_the_same_achievement_yield_one_certificate() throws Exception {
        Achievement achievement = new Achievement(CertificateKind.MANUAL, holders.idOf("olena.kovalenko@example.org"),
                "Peer review on reception", BigDecimal.TEN, LocalDate.of(2026, 9, 1), SOURCE, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<VerificationCode>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return transaction.execute(status -> certificates.issue(achievement));
            }));
        }
        start.countDown();
        VerificationCode first = results.get(0).get();
        VerificationCode second = results.get(1).get();
        pool.shutdown();
        assertThat(second).isEqualTo(first);
        assertThat(db.fetchCount(CERTIFICATE, CERTIFICATE.SOURCE_TYPE.eq(SOURCE))).isEqualTo(1);
    }

    @Test
    void twenty_simultaneous_issues_of_the_same_achievement_yield_one_certificate_and_the_same_code() throws Exception {
        Achievement achievement = new Achievement(CertificateKind.MANUAL, holders.idOf("olena.kovalenko@example.org"),
                "Twenty clicks on issue", BigDecimal.ONE, LocalDate.of(2026, 9, 3), SOURCE, 3);
        List<VerificationCode> codes = java.util.Collections.synchronizedList(new ArrayList<>());

        ConcurrentAttempts.Outcome outcome = ConcurrentAttempts.run(ConcurrentAttempts.TWENTY, i -> null,
                i -> codes.add(transaction.execute(status -> certificates.issue(achievement)))).assertOnlyDomainRefusals();

        assertThat(outcome.succeeded()).isEqualTo(ConcurrentAttempts.TWENTY);
        assertThat(codes).hasSize(ConcurrentAttempts.TWENTY).containsOnly(codes.getFirst());
        assertThat(db.fetchCount(CERTIFICATE, CERTIFICATE.SOURCE_TYPE.eq(SOURCE).and(CERTIFICATE.SOURCE_ID.eq(3L)))).isEqualTo(1);
    }

    @Test
    void a_failure_after_issuing_leaves_no_certificate_behind() {
        Achievement achievement = new Achievement(CertificateKind.MANUAL, holders.idOf("olena.kovalenko@example.org"),
                "Workshop that failed to record", BigDecimal.ONE, LocalDate.of(2026, 9, 2), SOURCE, 2);
        try {
            transaction.executeWithoutResult(status -> {
                certificates.issue(achievement);
                throw new IllegalStateException("the achievement could not be stored");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back
        }
        assertThat(db.fetchCount(CERTIFICATE, CERTIFICATE.SOURCE_TYPE.eq(SOURCE))).isZero();
    }
}
