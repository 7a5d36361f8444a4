package eu.regioacademy;

import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the same action from many threads released together by one latch, each signed in as
 * the user the test gives it, on real committed transactions. A refusal is only acceptable as
 * a domain error the UI can translate ({@link InvalidInputException},
 * {@link ConcurrentChangeException}); anything else (a raw SQL error, a deadlock) is collected
 * as a failure, and {@link Outcome#assertOnlyDomainRefusals()} fails the test on it.
 */
public final class ConcurrentAttempts {

    /** As many as the "only one" rules must survive (issue 10). */
    public static final int TWENTY = 20;

    @FunctionalInterface
    public interface Attempt {
        void run(int attempt) throws Exception;
    }

    /** What each attempt ended in. */
    public record Outcome(int succeeded, List<RuntimeException> refusals, List<Throwable> failures) {

        public List<String> refusalKeys() {
            return refusals.stream().map(r -> r instanceof InvalidInputException invalid
                    ? String.join(",", invalid.errorKeysByField().values()) : ConcurrentChangeException.MESSAGE_KEY).toList();
        }

        public Outcome assertOnlyDomainRefusals() {
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError(failures.size() + " attempt(s) failed with a raw error instead of a "
                        + "domain refusal, first: " + failures.getFirst());
                failures.forEach(error::addSuppressed);
                throw error;
            }
            return this;
        }
    }

    private ConcurrentAttempts() {
    }

    /**
     * @param attempts how many threads
     * @param who      the user the n-th attempt acts as (null: no one signed in)
     * @param attempt  the action; its index is passed in
     */
    public static Outcome run(int attempts, IntFunction<@Nullable Authentication> who, Attempt attempt) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<@Nullable RuntimeException>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            Authentication auth = who.apply(n);
            results.add(pool.submit(() -> {
                if (auth != null) SecurityContextHolder.getContext().setAuthentication(auth);
                ready.countDown();
                go.await();
                try {
                    attempt.run(n);
                    return null;
                } catch (InvalidInputException | ConcurrentChangeException refused) {
                    return refused;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        ready.await();
        go.countDown();
        int succeeded = 0;
        List<RuntimeException> refusals = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (Future<@Nullable RuntimeException> result : results) {
            try {
                RuntimeException refusal = result.get(3, TimeUnit.MINUTES);
                if (refusal == null) succeeded++;
                else refusals.add(refusal);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                failures.add(e);
            }
        }
        pool.shutdownNow();
        return new Outcome(succeeded, refusals, failures);
    }
}
