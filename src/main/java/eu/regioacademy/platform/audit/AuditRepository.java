package eu.regioacademy.platform.audit;

import static eu.regioacademy.db.Tables.AUDIT_LOG;

import java.time.Instant;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Inserts audit rows. Deliberately nothing else: the log is append-only (the schema agrees). */
@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(Instant at, @Nullable Long actorId, AuditAction action, String targetType, @Nullable Long targetId,
                @Nullable String detail) {
        db.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, at)
                .set(AUDIT_LOG.ACTOR_ID, actorId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.TARGET_TYPE, targetType)
                .set(AUDIT_LOG.TARGET_ID, targetId)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }
}
