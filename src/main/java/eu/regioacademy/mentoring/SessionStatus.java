package eu.regioacademy.mentoring;

import java.util.Locale;

public enum SessionStatus {
    PLANNED, HELD, CANCELLED;

    public String translationKey() {
        return "session.status." + name().toLowerCase(Locale.ROOT);
    }
}
