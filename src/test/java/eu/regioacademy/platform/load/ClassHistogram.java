package eu.regioacademy.platform.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Live objects by class, as {@code jcmd PID GC.class_histogram} prints them after its full GC:
 * what a soak leaves behind is the difference between two of these.
 */
record ClassHistogram(Map<String, Entry> byClass, long totalBytes) {

    record Entry(long instances, long bytes) {
    }

    /** What one class gained (or lost) between two histograms. */
    record Change(String className, long instances, long bytes) {
    }

    /** Reads jcmd's table: {@code num: #instances #bytes class name (module)}, then a {@code Total} line. */
    static ClassHistogram parse(String jcmdOutput) {
        Map<String, Entry> byClass = new HashMap<>();
        long total = -1;
        for (String line : jcmdOutput.lines().toList()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[0].equals("Total")) {
                total = Long.parseLong(parts[2]);
            } else if (parts.length >= 4 && parts[0].endsWith(":") && parts[1].chars().allMatch(Character::isDigit)) {
                // the same name can appear twice (one class in two class loaders): add them up
                byClass.merge(parts[3], new Entry(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                        (a, b) -> new Entry(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        if (total < 0) {
            throw new IllegalArgumentException("no total in the class histogram: " + jcmdOutput.lines().limit(3).toList());
        }
        return new ClassHistogram(Map.copyOf(byClass), total);
    }

    /** The classes that grew most from {@code earlier} to this one, largest growth in bytes first. */
    List<Change> growthSince(ClassHistogram earlier, int limit) {
        List<Change> changes = new ArrayList<>();
        byClass.forEach((name, now) -> {
            Entry then = earlier.byClass().getOrDefault(name, new Entry(0, 0));
            changes.add(new Change(name, now.instances() - then.instances(), now.bytes() - then.bytes()));
        });
        earlier.byClass().forEach((name, then) -> {
            if (!byClass.containsKey(name)) changes.add(new Change(name, -then.instances(), -then.bytes()));
        });
        return changes.stream().sorted(Comparator.comparingLong(Change::bytes).reversed()).limit(limit).toList();
    }

    /** Instances of one class (0 when none is live). */
    long instances(String className) {
        return byClass.getOrDefault(className, new Entry(0, 0)).instances();
    }
}
