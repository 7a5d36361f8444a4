package eu.regioacademy.platform.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the audit log as the admin view lists it; the actor's name as it is now. */
public record AuditEntry(long id, Instant occurredAt, @Nullable Long actorId, @Nullable String actorName,
                         AuditAction action, String targetType, @Nullable Long targetId, @Nullable String detail) {
}
