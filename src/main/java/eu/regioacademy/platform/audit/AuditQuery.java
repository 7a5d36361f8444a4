package eu.regioacademy.platform.audit;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.AUDIT_LOG;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The audit log as the admin reads it: filtered, sorted and paged in SQL. */
@Repository
class AuditQuery {

    private final DSLContext db;

    AuditQuery(DSLContext db) {
        this.db = db;
    }

    private static Condition matching(AuditFilter filter, ZoneId zone) {
        Condition condition = DSL.noCondition();
        if (filter.action() != null) condition = condition.and(AUDIT_LOG.ACTION.eq(filter.action().name()));
        if (!filter.actor().isEmpty()) {
            String pattern = Sorting.containsPattern(filter.actor());
            condition = condition.and(AUDIT_LOG.ACTOR_ID.in(DSL.select(APP_USER.ID).from(APP_USER)
                    .where(APP_USER.DISPLAY_NAME.like(pattern).or(APP_USER.EMAIL.like(pattern)))));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return condition;
    }

    List<AuditEntry> page(AuditFilter filter, ZoneId zone, PageRequest page) {
        return db.select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR_ID, APP_USER.DISPLAY_NAME, AUDIT_LOG.ACTION,
                        AUDIT_LOG.TARGET_TYPE, AUDIT_LOG.TARGET_ID, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG).leftJoin(APP_USER).on(APP_USER.ID.eq(AUDIT_LOG.ACTOR_ID))
                .where(matching(filter, zone))
                .orderBy(Sorting.orderBy(page, Map.of("occurredAt", AUDIT_LOG.OCCURRED_AT, "action", AUDIT_LOG.ACTION,
                                "actor", APP_USER.DISPLAY_NAME, "target", AUDIT_LOG.TARGET_TYPE),
                        AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc()))
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), AuditAction.valueOf(r.value5()),
                        r.value6(), r.value7(), r.value8()));
    }

    int count(AuditFilter filter, ZoneId zone) {
        return db.fetchCount(AUDIT_LOG, matching(filter, zone));
    }
}
