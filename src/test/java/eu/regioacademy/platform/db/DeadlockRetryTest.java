package eu.regioacademy.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real transactions on MariaDB (committed, so not an {@code IntegrationTest}): two transactions
 * lock two rows in opposite order, InnoDB picks one as the deadlock victim, and the retry
 * around the outermost transaction makes both calls succeed. The rows live in a scratch table
 * this test creates and drops.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeadlockRetryTest {

    private static final String PROBE = "deadlock_retry_probe";

    @Autowired
    Rows rows;
    @Autowired
    Outer outer;
    @Autowired
    DeadlockRetry retry;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void createRows() {
        jdbc.execute("CREATE TABLE " + PROBE + " (id INT PRIMARY KEY, n INT NOT NULL) ENGINE = InnoDB");
        jdbc.update("INSERT INTO " + PROBE + " VALUES (1, 0), (2, 0)");
        rows.reset(0);
        outer.reset();
    }

    @AfterEach
    void dropRows() {
        jdbc.execute("DROP TABLE IF EXISTS " + PROBE);
    }

    @Test
    void two_transactions_locking_rows_in_opposite_order_both_succeed_after_the_victim_is_retried() throws Exception {
        long retriesBefore = retry.retries();
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> a = pool.submit(() -> rows.bothInOrder(1, 2, bothHoldTheirFirstRow));
        Future<?> b = pool.submit(() -> rows.bothInOrder(2, 1, bothHoldTheirFirstRow));
        a.get(30, TimeUnit.SECONDS);
        b.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(jdbc.queryForList("SELECT n FROM " + PROBE + " ORDER BY id", Integer.class)).containsExactly(2, 2);
        assertThat(rows.calls()).as("two calls and one retry of the victim").isEqualTo(3);
        assertThat(retry.retries() - retriesBefore).isEqualTo(1);
    }

    @Test
    void a_transaction_joined_by_an_inner_call_is_retried_as_a_whole_and_the_inner_call_never_retries_alone() {
        rows.reset(1);

        outer.bumpThroughInner();

        assertThat(outer.calls()).as("the outer transaction ran twice").isEqualTo(2);
        assertThat(rows.calls()).as("the inner call once per outer attempt").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT n FROM " + PROBE + " WHERE id = 1", Integer.class))
                .as("the first attempt's update rolled back").isEqualTo(1);
    }

    @Test
    void an_outermost_call_that_keeps_losing_gives_up_after_the_configured_attempts() {
        rows.reset(100);

        assertThatThrownBy(() -> rows.bumpOrFail(1)).isInstanceOf(CannotAcquireLockException.class);

        assertThat(rows.calls()).isEqualTo(retry.maxAttempts());
        assertThat(jdbc.queryForObject("SELECT n FROM " + PROBE + " WHERE id = 1", Integer.class))
                .as("every attempt ran in a transaction of its own, all rolled back").isZero();
    }

    @Test
    void a_retried_call_runs_in_a_new_transaction_that_commits() {
        rows.reset(2);

        rows.bumpOrFail(1);

        assertThat(rows.calls()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT n FROM " + PROBE + " WHERE id = 1", Integer.class))
                .as("the two lost attempts rolled back, the third committed").isEqualTo(1);
    }

    @Test
    void a_package_private_transactional_method_is_retried_like_a_public_one() {
        rows.reset(1);

        rows.bumpOrFailPackagePrivate(1);

        assertThat(rows.calls()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT n FROM " + PROBE + " WHERE id = 1", Integer.class)).isEqualTo(1);
    }

    @Test
    void other_failures_are_not_retried() {
        assertThatThrownBy(() -> rows.failWith(new IllegalStateException("a rule said no")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(rows.calls()).isEqualTo(1);
    }

    @Test
    void mariadb_deadlocks_and_galera_certification_failures_are_recognised_in_the_cause_chain() {
        assertThat(DeadlockRetry.isDeadlockOrCertificationFailure(new CannotAcquireLockException("x",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)))).isTrue();
        assertThat(DeadlockRetry.isDeadlockOrCertificationFailure(new RuntimeException(
                "WSREP detected deadlock/conflict and aborted the transaction. Deadlock found when trying to get lock")))
                .isTrue();
        assertThat(DeadlockRetry.isDeadlockOrCertificationFailure(new CannotAcquireLockException("x",
                new java.sql.SQLException("Lock wait timeout exceeded", "HY000", 1205)))).isFalse();
    }

    @TestConfiguration
    static class Beans {
        @Bean
        Rows deadlockProbeRows(JdbcTemplate jdbc) {
            return new Rows(jdbc);
        }

        @Bean
        Outer deadlockProbeOuter(Rows rows, JdbcTemplate jdbc) {
            return new Outer(rows, jdbc);
        }
    }

    /** Transactional methods on the scratch rows; a test bean, proxied like any service. */
    static class Rows {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger failuresToFake = new AtomicInteger();
        private final JdbcTemplate jdbc;

        Rows(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        // through methods, not fields: the test holds the transactional proxy
        public int calls() {
            return calls.get();
        }

        public void reset(int failures) {
            calls.set(0);
            failuresToFake.set(failures);
        }

        @Transactional
        public void bothInOrder(int first, int second, CountDownLatch bothHoldTheirFirstRow) {
            calls.incrementAndGet();
            bump(first);
            if (bothHoldTheirFirstRow.getCount() > 0) {
                bothHoldTheirFirstRow.countDown();
                await(bothHoldTheirFirstRow);
            }
            bump(second);
        }

        @Transactional
        public void bumpOrFail(int id) {
            calls.incrementAndGet();
            bump(id);
            if (failuresToFake.getAndDecrement() > 0) {
                throw new CannotAcquireLockException("faked deadlock",
                        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
            }
        }

        @Transactional
        void bumpOrFailPackagePrivate(int id) {
            bumpOrFail(id);
        }

        @Transactional
        public void failWith(RuntimeException e) {
            calls.incrementAndGet();
            throw e;
        }

        private void bump(int id) {
            jdbc.update("UPDATE " + PROBE + " SET n = n + 1 WHERE id = ?", id);
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static class Outer {
        final AtomicInteger calls = new AtomicInteger();
        private final Rows rows;
        private final JdbcTemplate jdbc;

        Outer(Rows rows, JdbcTemplate jdbc) {
            this.rows = rows;
            this.jdbc = jdbc;
        }

        public int calls() {
            return calls.get();
        }

        public void reset() {
            calls.set(0);
        }

        @Transactional
        public void bumpThroughInner() {
            calls.incrementAndGet();
            jdbc.queryForObject("SELECT COUNT(*) FROM " + PROBE, Integer.class);
            rows.bumpOrFail(1);
        }
    }
}
