package eu.regioacademy.platform.db;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ProxyMethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transactional service call again when its transaction was chosen as a deadlock victim
 * (MariaDB error 1213, SQLSTATE 40001) or lost Galera's certification (reported the same way,
 * "Deadlock found … try restarting transaction"). The whole transaction was rolled back, so
 * running the method again from the start is safe.
 * <p>
 * Only the outermost transaction retries: a call that joins a transaction already running on
 * this thread proceeds once and lets the failure travel up, because its part of the work has
 * been rolled back with everything else and only the outermost call can start over. Attempts
 * wait with exponential backoff and full jitter, so two victims do not collide again in step.
 * The advice sits just outside Spring's transaction advice ({@link DeadlockRetryConfiguration}).
 */
public final class DeadlockRetry implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();

    public DeadlockRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // each attempt through a fresh copy of the chain: proceeding twice on one invocation
                // would skip the advice after this one, the transaction included
                return invocation instanceof ProxyMethodInvocation proxied
                        ? proxied.invocableClone().proceed() : invocation.proceed();
            } catch (Throwable e) {
                if (!isDeadlockOrCertificationFailure(e)) throw e;
                if (attempt >= maxAttempts) {
                    givenUp.incrementAndGet();
                    log.warn("{} lost to a deadlock or certification conflict {} times, giving up",
                            invocation.getMethod().getName(), attempt);
                    throw e;
                }
                retries.incrementAndGet();
                Duration pause = backoff(attempt);
                log.info("{} lost to a deadlock or certification conflict (attempt {}), again in {} ms",
                        invocation.getMethod().getName(), attempt, pause.toMillis());
                sleep(pause);
            }
        }
    }

    /** Full jitter: a random pause up to initial × 2^(attempt-1), capped. */
    Duration backoff(int attempt) {
        long ceiling = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    private static void sleep(Duration pause) throws InterruptedException {
        Thread.sleep(pause);
    }

    /** Retries made since start (for the cluster workload's figures and the logs). */
    public long retries() {
        return retries.get();
    }

    /** Calls that still lost after the last attempt. */
    public long givenUp() {
        return givenUp.get();
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether anything in the cause chain is MariaDB's deadlock / Galera's certification failure. */
    public static boolean isDeadlockOrCertificationFailure(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.contains("WSREP") && message.contains("Deadlock found")) {
                return true;
            }
        }
        return false;
    }
}
