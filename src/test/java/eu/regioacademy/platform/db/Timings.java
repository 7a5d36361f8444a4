package eu.regioacademy.platform.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** For benchmarks: how long an action takes, over several runs after unmeasured warm-up runs. */
public record Timings(List<Double> sortedMillis) {

    public static Timings of(int warmUp, int runs, Runnable action) {
        for (int i = 0; i < warmUp; i++) action.run();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return new Timings(List.copyOf(ms));
    }

    public double median() {
        return sortedMillis.get(sortedMillis.size() / 2);
    }

    /** The nearest-rank 95th percentile. */
    public double p95() {
        return sortedMillis.get((int) Math.ceil(0.95 * sortedMillis.size()) - 1);
    }

    public double slowest() {
        return sortedMillis.getLast();
    }
}
