package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.MENTORING_CYCLE;
import static eu.regioacademy.db.Tables.MENTORING_GOAL;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.REGION;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Pairings as lists show them, paged in SQL: that sessions happen and goals progress. A pair
 * is quiet when it is active and has held no session since the threshold (counting from its
 * start when it has held none).
 */
@Repository
class MentoringQuery {

    /** Whose pairings: a person's own, a region's (as mentor or mentee region), or all. */
    record Scope(@Nullable Long userId, @Nullable Long regionId) {
    }

    /** A quiet pair to nudge, with the moment its silence started. */
    record Quiet(long pairingId, long mentorId, long menteeId, Instant silentSince) {
    }

    private final DSLContext db;

    MentoringQuery(DSLContext db) {
        this.db = db;
    }

    private static Field<Instant> lastHeld() {
        return DSL.field(DSL.select(DSL.max(MENTORING_SESSION.STARTS_AT)).from(MENTORING_SESSION)
                .where(MENTORING_SESSION.PAIRING_ID.eq(MENTORING_PAIRING.ID).and(MENTORING_SESSION.STATUS.eq("HELD"))))
                .coerce(MENTORING_SESSION.STARTS_AT);
    }

    private static Field<Instant> silentSince() {
        return DSL.coalesce(lastHeld(), DSL.greatest(MENTORING_PAIRING.MENTOR_ACCEPTED_AT, MENTORING_PAIRING.MENTEE_ACCEPTED_AT),
                MENTORING_PAIRING.CREATED_AT);
    }

    List<PairingSummary> page(Scope scope, PairingFilter filter, Instant now, Instant quietBefore, int offset, int limit) {
        var mentor = APP_USER.as("mentor");
        var mentee = APP_USER.as("mentee");
        var mentorRegion = REGION.as("mentor_region");
        var menteeRegion = REGION.as("mentee_region");
        Field<Integer> held = DSL.field(DSL.selectCount().from(MENTORING_SESSION)
                .where(MENTORING_SESSION.PAIRING_ID.eq(MENTORING_PAIRING.ID).and(MENTORING_SESSION.STATUS.eq("HELD"))));
        Field<Instant> next = DSL.field(DSL.select(DSL.min(MENTORING_SESSION.STARTS_AT)).from(MENTORING_SESSION)
                .where(MENTORING_SESSION.PAIRING_ID.eq(MENTORING_PAIRING.ID).and(MENTORING_SESSION.STATUS.eq("PLANNED"))
                        .and(MENTORING_SESSION.STARTS_AT.gt(now)))).coerce(MENTORING_SESSION.STARTS_AT);
        Field<java.math.BigDecimal> progress = DSL.field(DSL.select(DSL.avg(MENTORING_GOAL.PROGRESS)).from(MENTORING_GOAL)
                .where(MENTORING_GOAL.PAIRING_ID.eq(MENTORING_PAIRING.ID)));
        Field<Boolean> quiet = DSL.field(MENTORING_PAIRING.STATUS.eq("ACTIVE").and(silentSince().lt(quietBefore)));
        return db.select(MENTORING_PAIRING.ID, MENTORING_CYCLE.NAME, MENTORING_PAIRING.MENTOR_ID, mentor.DISPLAY_NAME,
                        mentorRegion.NAME, mentee.DISPLAY_NAME, menteeRegion.NAME, MENTORING_PAIRING.STATUS,
                        MENTORING_PAIRING.SCORE, held, lastHeld(), next, progress, quiet)
                .from(MENTORING_PAIRING).join(MENTORING_CYCLE).on(MENTORING_CYCLE.ID.eq(MENTORING_PAIRING.CYCLE_ID))
                .join(mentor).on(mentor.ID.eq(MENTORING_PAIRING.MENTOR_ID))
                .join(mentee).on(mentee.ID.eq(MENTORING_PAIRING.MENTEE_ID))
                .join(mentorRegion).on(mentorRegion.ID.eq(mentor.REGION_ID))
                .join(menteeRegion).on(menteeRegion.ID.eq(mentee.REGION_ID))
                .where(conditions(scope, filter, quietBefore, mentor.REGION_ID, mentee.REGION_ID))
                .orderBy(MENTORING_PAIRING.CREATED_AT.desc(), MENTORING_PAIRING.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new PairingSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), PairingStatus.valueOf(r.value8()), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13() == null ? 0 : r.value13().intValue(), Boolean.TRUE.equals(r.value14())));
    }

    int count(Scope scope, PairingFilter filter, Instant quietBefore) {
        var mentor = APP_USER.as("mentor");
        var mentee = APP_USER.as("mentee");
        return db.fetchCount(db.selectOne().from(MENTORING_PAIRING)
                .join(mentor).on(mentor.ID.eq(MENTORING_PAIRING.MENTOR_ID))
                .join(mentee).on(mentee.ID.eq(MENTORING_PAIRING.MENTEE_ID))
                .where(conditions(scope, filter, quietBefore, mentor.REGION_ID, mentee.REGION_ID)));
    }

    private static Condition conditions(Scope scope, PairingFilter filter, Instant quietBefore, Field<Long> mentorRegion,
                                        Field<Long> menteeRegion) {
        Condition c = DSL.trueCondition();
        if (scope.userId() != null) {
            c = c.and(MENTORING_PAIRING.MENTOR_ID.eq(scope.userId()).or(MENTORING_PAIRING.MENTEE_ID.eq(scope.userId())));
        }
        if (scope.regionId() != null) c = c.and(mentorRegion.eq(scope.regionId()).or(menteeRegion.eq(scope.regionId())));
        if (filter.cycleId() != null) c = c.and(MENTORING_PAIRING.CYCLE_ID.eq(filter.cycleId()));
        if (filter.liveOnly()) c = c.and(MENTORING_PAIRING.STATUS.in("PROPOSED", "ACTIVE"));
        if (filter.quietOnly()) c = c.and(MENTORING_PAIRING.STATUS.eq("ACTIVE")).and(silentSince().lt(quietBefore));
        return c;
    }

    List<Quiet> quiet(Instant quietBefore) {
        return db.select(MENTORING_PAIRING.ID, MENTORING_PAIRING.MENTOR_ID, MENTORING_PAIRING.MENTEE_ID, silentSince())
                .from(MENTORING_PAIRING)
                .where(MENTORING_PAIRING.STATUS.eq("ACTIVE").and(silentSince().lt(quietBefore)))
                .orderBy(MENTORING_PAIRING.ID)
                .fetch(r -> new Quiet(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
