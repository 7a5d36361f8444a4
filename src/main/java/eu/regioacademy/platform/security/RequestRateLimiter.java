package eu.regioacademy.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A fixed-window limit per client and minute for public endpoints that look things up, so
 * nobody can try codes by the thousand. Counts live in this node's memory: with several
 * nodes each enforces the limit separately, which still bounds guessing.
 */
@Component
public class RequestRateLimiter {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public RequestRateLimiter(Clock clock) {
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** @return true when the client may make one more request this minute */
    public boolean tryAcquire(String client, int perMinute) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(client, (key, current) ->
                current == null || current.minute() != minute ? new Window(minute, 1) : new Window(minute, current.count() + 1));
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
        return window.count() <= perMinute;
    }
}
