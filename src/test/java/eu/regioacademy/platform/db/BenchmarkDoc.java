package eu.regioacademy.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a benchmark's figures into {@code docs/benchmarks.md}, between markers named after
 * the benchmark, replacing what the previous run wrote there (git keeps the history).
 */
public final class BenchmarkDoc {

    static final Path FILE = Path.of("docs", "benchmarks.md");

    private BenchmarkDoc() {
    }

    public static void replaceSection(String name, String markdown) {
        String start = "<!-- " + name + ": start (written by the benchmark) -->";
        String end = "<!-- " + name + ": end -->";
        try {
            String doc = Files.exists(FILE) ? Files.readString(FILE) : "# Benchmarks\n";
            int from = doc.indexOf(start);
            int to = doc.indexOf(end);
            String section = start + "\n" + markdown.strip() + "\n" + end;
            doc = from >= 0 && to > from ? doc.substring(0, from) + section + doc.substring(to + end.length())
                    : doc.stripTrailing() + "\n\n" + section + "\n";
            Files.writeString(FILE, doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
