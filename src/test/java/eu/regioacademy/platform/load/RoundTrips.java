package eu.regioacademy.platform.load;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Round trips and errors of all virtual users, per action, between two {@link #reset()}s
 * (so a ramp-up can be left out of the figures).
 */
final class RoundTrips {

    interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    record Summary(long count, double p50, double p95, double p99, double max) {
    }

    private final Map<String, Samples> actions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile long since = System.nanoTime();

    /** Times one HTTP request; requests other than UIDL messages are actions of their own. */
    <T> T time(String kind, Call<T> call) throws IOException, InterruptedException {
        long started = System.nanoTime();
        T result = call.call();
        requests.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (!kind.equals("uidl")) record(kind, System.nanoTime() - started);
        return result;
    }

    void record(String action, long nanos) {
        actions.computeIfAbsent(action, k -> new Samples()).add(nanos);
    }

    void error(String action, Exception e) {
        String reason = action + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        errors.computeIfAbsent(reason.length() > 120 ? reason.substring(0, 120) : reason, k -> new LongAdder()).increment();
    }

    void reset() {
        actions.clear();
        requests.clear();
        errors.clear();
        since = System.nanoTime();
    }

    double seconds() {
        return (System.nanoTime() - since) / 1e9;
    }

    long requests(String kind) {
        LongAdder n = requests.get(kind);
        return n == null ? 0 : n.sum();
    }

    long allRequests() {
        return requests.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    Map<String, Summary> summaries() {
        Map<String, Summary> result = new TreeMap<>();
        actions.forEach((name, samples) -> result.put(name, samples.summary()));
        return result;
    }

    /** Every sample kept: the runs are minutes long, a few hundred thousand longs at most. */
    private static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = nanos;
        }

        synchronized Summary summary() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new Summary(size, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    size == 0 ? 0 : sorted[size - 1] / 1e6);
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }
}
