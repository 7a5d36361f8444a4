package eu.regioacademy.mentoring;

import java.util.List;

/** One plain-words part of a match's explanation: a translation key and its parameters. */
public record Reason(String key, List<Object> params) {

    public Reason {
        params = List.copyOf(params);
    }

    static Reason of(String key, Object... params) {
        return new Reason(key, List.of(params));
    }
}
