package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TEXT;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static eu.regioacademy.db.Tables.VISIT_ATTENDANCE;
import static eu.regioacademy.db.Tables.VISIT_FEEDBACK;
import static eu.regioacademy.db.Tables.VISIT_FOLLOW_UP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Applications to visits: who applied, their coordinator's word, the host's decision. */
@Repository
class ApplicationRepository {

    record ApplicationRow(long id, long visitId, long applicantId, long applicantRegionId, ApplicationStatus status,
                          @Nullable Integer waitlistRank, @Nullable Integer placeNo) {
    }

    private final DSLContext db;

    ApplicationRepository(DSLContext db) {
        this.db = db;
    }

    /** @return the new application's id, or empty when the person had already applied (unique key) */
    Optional<Long> insertIfAbsent(long visitId, long applicantId, long regionId, String motivation, String takeHome) {
        int inserted = db.insertInto(VISIT_APPLICATION)
                .set(VISIT_APPLICATION.VISIT_ID, visitId).set(VISIT_APPLICATION.APPLICANT_ID, applicantId)
                .set(VISIT_APPLICATION.APPLICANT_REGION_ID, regionId)
                .set(VISIT_APPLICATION.MOTIVATION, motivation.strip()).set(VISIT_APPLICATION.TAKE_HOME, takeHome.strip())
                .onDuplicateKeyIgnore().execute();
        if (inserted == 0) return Optional.empty();
        return Optional.of(db.select(VISIT_APPLICATION.ID).from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId).and(VISIT_APPLICATION.APPLICANT_ID.eq(applicantId)))
                .fetchSingle(VISIT_APPLICATION.ID));
    }

    Optional<ApplicationRow> find(long id) {
        return db.selectFrom(VISIT_APPLICATION).where(VISIT_APPLICATION.ID.eq(id)).fetchOptional(ApplicationRepository::row);
    }

    Optional<ApplicationRow> lock(long id) {
        return db.selectFrom(VISIT_APPLICATION).where(VISIT_APPLICATION.ID.eq(id)).forUpdate()
                .fetchOptional(ApplicationRepository::row);
    }

    private static ApplicationRow row(Record r) {
        return new ApplicationRow(r.get(VISIT_APPLICATION.ID), r.get(VISIT_APPLICATION.VISIT_ID),
                r.get(VISIT_APPLICATION.APPLICANT_ID), r.get(VISIT_APPLICATION.APPLICANT_REGION_ID),
                ApplicationStatus.valueOf(r.get(VISIT_APPLICATION.STATUS)), r.get(VISIT_APPLICATION.WAITLIST_RANK),
                r.get(VISIT_APPLICATION.PLACE_NO));
    }

    void endorse(long id, ApplicationStatus status, @Nullable String comment, long by, Instant at) {
        db.update(VISIT_APPLICATION).set(VISIT_APPLICATION.STATUS, status.name())
                .set(VISIT_APPLICATION.ENDORSEMENT_COMMENT, comment).set(VISIT_APPLICATION.ENDORSED_BY, by)
                .set(VISIT_APPLICATION.ENDORSED_AT, at).set(VISIT_APPLICATION.VERSION, VISIT_APPLICATION.VERSION.plus(1))
                .where(VISIT_APPLICATION.ID.eq(id)).execute();
    }

    /** Records the host's decision; a place number only with a place, a rank only on the waiting list. */
    void decide(long id, ApplicationStatus status, @Nullable Integer placeNo, @Nullable Integer waitlistRank,
                @Nullable Long by, Instant at) {
        db.update(VISIT_APPLICATION).set(VISIT_APPLICATION.STATUS, status.name())
                .set(VISIT_APPLICATION.PLACE_NO, placeNo).set(VISIT_APPLICATION.WAITLIST_RANK, waitlistRank)
                .set(VISIT_APPLICATION.DECIDED_BY, by).set(VISIT_APPLICATION.DECIDED_AT, at)
                .set(VISIT_APPLICATION.VERSION, VISIT_APPLICATION.VERSION.plus(1))
                .where(VISIT_APPLICATION.ID.eq(id)).execute();
    }

    void confirm(long id, Instant at) {
        db.update(VISIT_APPLICATION).set(VISIT_APPLICATION.STATUS, ApplicationStatus.CONFIRMED.name())
                .set(VISIT_APPLICATION.CONFIRMED_AT, at).set(VISIT_APPLICATION.VERSION, VISIT_APPLICATION.VERSION.plus(1))
                .where(VISIT_APPLICATION.ID.eq(id)).execute();
    }

    void withdraw(long id) {
        db.update(VISIT_APPLICATION).set(VISIT_APPLICATION.STATUS, ApplicationStatus.WITHDRAWN.name())
                .setNull(VISIT_APPLICATION.PLACE_NO).setNull(VISIT_APPLICATION.WAITLIST_RANK)
                .set(VISIT_APPLICATION.VERSION, VISIT_APPLICATION.VERSION.plus(1))
                .where(VISIT_APPLICATION.ID.eq(id)).execute();
    }

    int placesTaken(long visitId) {
        return db.fetchCount(VISIT_APPLICATION, VISIT_APPLICATION.VISIT_ID.eq(visitId).and(VISIT_APPLICATION.PLACE_NO.isNotNull()));
    }

    int waitlisted(long visitId) {
        return db.fetchCount(VISIT_APPLICATION, VISIT_APPLICATION.VISIT_ID.eq(visitId)
                .and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.WAITLISTED.name())));
    }

    /**
     * The lowest place number from 1 to capacity nobody holds, if any. A locking read: it
     * sees the places other transactions committed while this one waited for the visit's
     * lock, not this transaction's older snapshot.
     */
    OptionalInt freePlace(long visitId, int capacity) {
        Set<Integer> held = new HashSet<>(db.select(VISIT_APPLICATION.PLACE_NO).from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId).and(VISIT_APPLICATION.PLACE_NO.isNotNull()))
                .forUpdate()
                .fetch(VISIT_APPLICATION.PLACE_NO));
        for (int place = 1; place <= capacity; place++) {
            if (!held.contains(place)) return OptionalInt.of(place);
        }
        return OptionalInt.empty();
    }

    int nextWaitlistRank(long visitId) {
        Integer max = db.select(VISIT_APPLICATION.WAITLIST_RANK).from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId).and(VISIT_APPLICATION.WAITLIST_RANK.isNotNull()))
                .orderBy(VISIT_APPLICATION.WAITLIST_RANK.desc()).limit(1).forUpdate()
                .fetchOne(VISIT_APPLICATION.WAITLIST_RANK);
        return max == null ? 1 : max + 1;
    }

    Optional<ApplicationRow> firstOnWaitlist(long visitId) {
        return db.selectFrom(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId).and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.WAITLISTED.name())))
                .orderBy(VISIT_APPLICATION.WAITLIST_RANK, VISIT_APPLICATION.ID).limit(1).forUpdate()
                .fetchOptional(ApplicationRepository::row);
    }

    /** The waiting-list neighbour just above (or below) the rank. */
    Optional<ApplicationRow> waitlistNeighbour(long visitId, int rank, boolean above) {
        Condition side = above ? VISIT_APPLICATION.WAITLIST_RANK.lt(rank) : VISIT_APPLICATION.WAITLIST_RANK.gt(rank);
        return db.selectFrom(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId).and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.WAITLISTED.name())))
                .and(side)
                .orderBy(above ? VISIT_APPLICATION.WAITLIST_RANK.desc() : VISIT_APPLICATION.WAITLIST_RANK.asc()).limit(1)
                .forUpdate().fetchOptional(ApplicationRepository::row);
    }

    void setWaitlistRank(long id, int rank) {
        db.update(VISIT_APPLICATION).set(VISIT_APPLICATION.WAITLIST_RANK, rank).where(VISIT_APPLICATION.ID.eq(id)).execute();
    }

    /** Everyone still involved in the visit, to be told when it is cancelled. */
    List<ApplicationRow> active(long visitId) {
        return db.selectFrom(VISIT_APPLICATION).where(VISIT_APPLICATION.VISIT_ID.eq(visitId)
                        .and(VISIT_APPLICATION.STATUS.notIn(ApplicationStatus.WITHDRAWN.name())))
                .orderBy(VISIT_APPLICATION.ID).fetch(ApplicationRepository::row);
    }

    List<HostApplication> forHost(long visitId, int offset, int limit) {
        return db.select(VISIT_APPLICATION.ID, APP_USER.DISPLAY_NAME, REGION.NAME, VISIT_APPLICATION.STATUS,
                        VISIT_APPLICATION.MOTIVATION, VISIT_APPLICATION.TAKE_HOME, VISIT_APPLICATION.ENDORSEMENT_COMMENT,
                        VISIT_APPLICATION.WAITLIST_RANK, VISIT_APPLICATION.PLACE_NO, VISIT_APPLICATION.APPLIED_AT)
                .from(VISIT_APPLICATION).join(APP_USER).on(APP_USER.ID.eq(VISIT_APPLICATION.APPLICANT_ID))
                .join(REGION).on(REGION.ID.eq(VISIT_APPLICATION.APPLICANT_REGION_ID))
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId))
                .orderBy(DSL.when(VISIT_APPLICATION.STATUS.in("CONFIRMED", "SELECTED"), 0)
                                .when(VISIT_APPLICATION.STATUS.eq("WAITLISTED"), 1)
                                .when(VISIT_APPLICATION.STATUS.eq("ENDORSED"), 2)
                                .when(VISIT_APPLICATION.STATUS.eq("PENDING"), 3).otherwise(4),
                        VISIT_APPLICATION.WAITLIST_RANK, VISIT_APPLICATION.APPLIED_AT, VISIT_APPLICATION.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new HostApplication(r.value1(), r.value2(), r.value3(), ApplicationStatus.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    int countForHost(long visitId) {
        return db.fetchCount(VISIT_APPLICATION, VISIT_APPLICATION.VISIT_ID.eq(visitId));
    }

    List<MyApplication> mine(long applicantId, @Nullable Long visitId, String language, LocalDate today, int offset, int limit) {
        Field<Integer> attended = DSL.field(DSL.selectCount().from(VISIT_ATTENDANCE)
                .where(VISIT_ATTENDANCE.APPLICATION_ID.eq(VISIT_APPLICATION.ID)));
        Field<Boolean> feedback = DSL.field(DSL.exists(DSL.selectOne().from(VISIT_FEEDBACK)
                .where(VISIT_FEEDBACK.APPLICATION_ID.eq(VISIT_APPLICATION.ID))));
        Field<Boolean> followUp = DSL.field(DSL.exists(DSL.selectOne().from(VISIT_FOLLOW_UP)
                .where(VISIT_FOLLOW_UP.APPLICATION_ID.eq(VISIT_APPLICATION.ID))));
        Field<String> certificate = DSL.field(DSL.select(CERTIFICATE.CODE).from(CERTIFICATE)
                .where(CERTIFICATE.SOURCE_TYPE.eq(VisitRecordRepository.CERTIFICATE_SOURCE)
                        .and(CERTIFICATE.SOURCE_ID.eq(VISIT_APPLICATION.ID)).and(CERTIFICATE.REVOKED_AT.isNull())));
        Condition which = VISIT_APPLICATION.APPLICANT_ID.eq(applicantId);
        if (visitId != null) which = which.and(VISIT_APPLICATION.VISIT_ID.eq(visitId));
        return db.select(VISIT_APPLICATION.ID, VISIT_APPLICATION.VISIT_ID, title(language), STUDY_VISIT.STARTS_ON,
                        STUDY_VISIT.ENDS_ON, STUDY_VISIT.STATUS, VISIT_APPLICATION.STATUS, VISIT_APPLICATION.WAITLIST_RANK,
                        VISIT_APPLICATION.ENDORSEMENT_COMMENT, VISIT_APPLICATION.APPLIED_AT, attended, feedback, followUp,
                        certificate)
                .from(VISIT_APPLICATION).join(STUDY_VISIT).on(STUDY_VISIT.ID.eq(VISIT_APPLICATION.VISIT_ID))
                .where(which)
                .orderBy(STUDY_VISIT.STARTS_ON.desc(), VISIT_APPLICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> {
                    VisitStatus visitStatus = VisitStatus.valueOf(r.value6());
                    int days = r.value11();
                    boolean due = visitStatus == VisitStatus.COMPLETED && days > 0
                            && !r.value5().plusMonths(VisitRules.FOLLOW_UP_MONTHS).isAfter(today);
                    return new MyApplication(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), visitStatus,
                            ApplicationStatus.valueOf(r.value7()), r.value8(), r.value9(), r.value10(), days,
                            r.value12(), due, r.value13(), r.value14());
                });
    }

    int countMine(long applicantId) {
        return db.fetchCount(VISIT_APPLICATION, VISIT_APPLICATION.APPLICANT_ID.eq(applicantId));
    }

    List<EndorsementRequest> forCoordinator(long regionId, boolean pendingOnly, String language, int offset, int limit) {
        return db.select(VISIT_APPLICATION.ID, STUDY_VISIT.ID, title(language), REGION.NAME, STUDY_VISIT.STARTS_ON,
                        STUDY_VISIT.ENDS_ON, APP_USER.DISPLAY_NAME, VISIT_APPLICATION.MOTIVATION, VISIT_APPLICATION.TAKE_HOME,
                        VISIT_APPLICATION.STATUS, VISIT_APPLICATION.ENDORSEMENT_COMMENT, VISIT_APPLICATION.APPLIED_AT)
                .from(VISIT_APPLICATION).join(STUDY_VISIT).on(STUDY_VISIT.ID.eq(VISIT_APPLICATION.VISIT_ID))
                .join(REGION).on(REGION.ID.eq(STUDY_VISIT.HOST_REGION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(VISIT_APPLICATION.APPLICANT_ID))
                .where(coordinatorCondition(regionId, pendingOnly))
                .orderBy(VISIT_APPLICATION.APPLIED_AT.desc(), VISIT_APPLICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new EndorsementRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), ApplicationStatus.valueOf(r.value10()), r.value11(), r.value12()));
    }

    int countForCoordinator(long regionId, boolean pendingOnly) {
        return db.fetchCount(VISIT_APPLICATION, coordinatorCondition(regionId, pendingOnly));
    }

    private static Condition coordinatorCondition(long regionId, boolean pendingOnly) {
        Condition c = VISIT_APPLICATION.APPLICANT_REGION_ID.eq(regionId);
        return pendingOnly ? c.and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.PENDING.name())) : c;
    }

    private static Field<String> title(String language) {
        var t = STUDY_VISIT_TEXT.as("t");
        return DSL.field(DSL.select(t.TITLE).from(t).where(t.VISIT_ID.eq(VISIT_APPLICATION.VISIT_ID))
                .orderBy(DSL.when(t.LANGUAGE.eq(language), 0).when(t.LANGUAGE.eq("en"), 1).otherwise(2), t.LANGUAGE)
                .limit(1));
    }
}
