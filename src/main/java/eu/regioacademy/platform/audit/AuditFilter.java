package eu.regioacademy.platform.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The admin's filter: an action, an actor (name or e-mail, any part) and a range of days in
 * the admin's own time zone (both ends included).
 */
public record AuditFilter(@Nullable AuditAction action, String actor, @Nullable LocalDate from, @Nullable LocalDate to) {

    public AuditFilter {
        actor = actor.strip();
    }

    public static AuditFilter none() {
        return new AuditFilter(null, "", null, null);
    }
}
