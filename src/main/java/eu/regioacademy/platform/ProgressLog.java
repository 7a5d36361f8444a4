package eu.regioacademy.platform;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress lines for long work on the command line: what, how far, how fast. A line every
 * few seconds at most, and one when a step ends, so a log of a ten-minute run stays short.
 */
public final class ProgressLog {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long lastLine = started;
    private long done;

    private ProgressLog(String what, long total) {
        this.what = what;
        this.total = total;
    }

    /** Starts a step of {@code total} units ({@code 0} when unknown). */
    public static ProgressLog start(String what, long total) {
        log.info("{}: starting ({} to write)", what, String.format(Locale.ROOT, "%,d", total));
        return new ProgressLog(what, total);
    }

    public void advance(long units) {
        done += units;
        long now = System.nanoTime();
        if (now - lastLine >= EVERY_NANOS) {
            lastLine = now;
            log.info("{}: {}", what, figures(now));
        }
    }

    /** Ends the step; returns its duration. */
    public Duration finish() {
        long now = System.nanoTime();
        log.info("{}: done, {}", what, figures(now));
        return Duration.ofNanos(now - started);
    }

    private String figures(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String share = total > 0 ? String.format(Locale.ROOT, " (%d%%)", Math.min(100, done * 100 / total)) : "";
        return String.format(Locale.ROOT, "%,d%s in %.1f s, %,.0f per second", done, share, seconds, done / seconds);
    }
}
