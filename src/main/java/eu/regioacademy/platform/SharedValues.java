package eu.regioacademy.platform;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.stereotype.Component;

/**
 * One instance of equal immutable values that many open tabs hold at once, such as the member
 * regions behind every region filter (about 15 KB per tab each time). Not a cache: every caller
 * still reads the values fresh, and only a value equal to one some tab already holds is replaced
 * by that one, so nothing can be stale. Weak: a value no tab holds any more goes with the next GC.
 */
@Component
public class SharedValues {

    private final Map<Object, WeakReference<Object>> values = new WeakHashMap<>();

    /** This value, or an equal one already in use (records compare by content). */
    @SuppressWarnings("unchecked")
    public synchronized <T> T share(T value) {
        WeakReference<Object> held = values.get(value);
        Object existing = held == null ? null : held.get();
        if (existing != null) return (T) existing;
        values.put(value, new WeakReference<>(value));
        return value;
    }

    public <T> List<T> shareAll(List<T> list) {
        return list.stream().map(this::share).toList();
    }
}
