package eu.regioacademy.privacy;

import static eu.regioacademy.db.Tables.*;

import eu.regioacademy.certificates.CertificateFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The writes of an erasure, each one statement over one feature's table. Rows that carry counts
 * (the participation ledger and its summaries, attendance, allocations, certificates) stay:
 * statistics do not change. Free texts a person wrote are replaced by {@link #ERASED_TEXT}.
 */
@Repository
class ErasureRepository {

    /** What replaces a person's free text (columns that must not be blank keep a mark). */
    static final String ERASED_TEXT = "—";

    record Person(long id, String email, String displayName, String regionName, boolean erased) {
    }

    private final DSLContext db;

    ErasureRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Person> findByEmail(String email) {
        return db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, REGION.NAME, APP_USER.ERASED_AT)
                .from(APP_USER).join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(APP_USER.EMAIL.eq(email))
                .fetchOptional(r -> new Person(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() != null));
    }

    /** Locks the person's row: erasure queues up behind (and ahead of) anything else locking it. */
    Optional<Person> lock(long userId) {
        return db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.ERASED_AT)
                .from(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate()
                .fetchOptional(r -> new Person(r.value1(), r.value2(), r.value3(), "", r.value4() != null));
    }

    int withdrawVisitApplications(long userId, LocalDate today) {
        var futureVisits = DSL.select(STUDY_VISIT.ID).from(STUDY_VISIT).where(STUDY_VISIT.STARTS_ON.gt(today));
        return db.update(VISIT_APPLICATION)
                .set(VISIT_APPLICATION.STATUS, "WITHDRAWN")
                .set(VISIT_APPLICATION.PLACE_NO, (Integer) null)
                .set(VISIT_APPLICATION.WAITLIST_RANK, (Integer) null)
                .set(VISIT_APPLICATION.VERSION, VISIT_APPLICATION.VERSION.plus(1))
                .where(VISIT_APPLICATION.APPLICANT_ID.eq(userId))
                .and(VISIT_APPLICATION.STATUS.in("PENDING", "ENDORSED", "WAITLISTED")
                        .or(VISIT_APPLICATION.STATUS.in("SELECTED", "CONFIRMED").and(VISIT_APPLICATION.VISIT_ID.in(futureVisits))))
                .execute();
    }

    int withdrawExchangeApplications(long userId) {
        return db.update(EXCHANGE_APPLICATION).set(EXCHANGE_APPLICATION.STATUS, "WITHDRAWN")
                .where(EXCHANGE_APPLICATION.APPLICANT_ID.eq(userId))
                .and(EXCHANGE_APPLICATION.STATUS.in("PENDING", "ENDORSED")).execute();
    }

    int withdrawMentoringRequests(long userId) {
        return db.update(MENTORING_REQUEST).set(MENTORING_REQUEST.STATUS, "WITHDRAWN")
                .where(MENTORING_REQUEST.MENTEE_ID.eq(userId)).and(MENTORING_REQUEST.STATUS.eq("OPEN")).execute();
    }

    /** Active pairings end, proposed ones are declined; both with the erasure as the reason. */
    int closePairings(long userId, long adminId, Instant now, String reason) {
        var theirs = MENTORING_PAIRING.MENTOR_ID.eq(userId).or(MENTORING_PAIRING.MENTEE_ID.eq(userId));
        int ended = db.update(MENTORING_PAIRING)
                .set(MENTORING_PAIRING.STATUS, DSL.when(MENTORING_PAIRING.STATUS.eq("ACTIVE"), "ENDED").otherwise("DECLINED"))
                .set(MENTORING_PAIRING.CLOSED_REASON, reason)
                .set(MENTORING_PAIRING.CLOSED_BY, adminId)
                .set(MENTORING_PAIRING.CLOSED_AT, now)
                .set(MENTORING_PAIRING.VERSION, MENTORING_PAIRING.VERSION.plus(1))
                .where(theirs).and(MENTORING_PAIRING.STATUS.in("ACTIVE", "PROPOSED")).execute();
        return ended;
    }

    private org.jooq.Condition sessionsOf(long userId) {
        return MENTORING_SESSION.PAIRING_ID.in(DSL.select(MENTORING_PAIRING.ID).from(MENTORING_PAIRING)
                .where(MENTORING_PAIRING.MENTOR_ID.eq(userId).or(MENTORING_PAIRING.MENTEE_ID.eq(userId))));
    }

    /** Planned sessions still to come are cancelled and their quarter hours freed for the other person too. */
    int cancelFutureSessions(long userId, Instant now, String reason) {
        List<Long> future = db.select(MENTORING_SESSION.ID).from(MENTORING_SESSION)
                .where(sessionsOf(userId)).and(MENTORING_SESSION.STATUS.eq("PLANNED"))
                .and(MENTORING_SESSION.STARTS_AT.gt(now)).forUpdate().fetch(MENTORING_SESSION.ID);
        if (future.isEmpty()) return 0;
        db.deleteFrom(MENTORING_BOOKING).where(MENTORING_BOOKING.SESSION_ID.in(future)).execute();
        return db.update(MENTORING_SESSION)
                .set(MENTORING_SESSION.STATUS, "CANCELLED")
                .set(MENTORING_SESSION.CANCEL_REASON, reason)
                .set(MENTORING_SESSION.VERSION, MENTORING_SESSION.VERSION.plus(1))
                .where(MENTORING_SESSION.ID.in(future)).execute();
    }

    /** The private notes of their sessions (only the two people of a pair ever read them). */
    int deleteSessionNotes(long userId) {
        return db.deleteFrom(MENTORING_SESSION_NOTE).where(MENTORING_SESSION_NOTE.SESSION_ID.in(
                DSL.select(MENTORING_SESSION.ID).from(MENTORING_SESSION).where(sessionsOf(userId)))).execute();
    }

    int deleteNotifications(long userId) {
        return db.deleteFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(userId)).execute();
    }

    void deleteCalendarFeed(long userId) {
        db.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId)).execute();
    }

    /**
     * Revokes every certificate of the person with the erasure reason (one revoked earlier keeps
     * its date), removes the name from it and the PDF bytes that carried the name. The SHA-256
     * stays, so an uploaded copy is still recognised, as revoked.
     */
    int revokeCertificates(long userId, long adminId, Instant now) {
        var theirs = CERTIFICATE.HOLDER_ID.eq(userId);
        db.deleteFrom(CERTIFICATE_RENDITION).where(CERTIFICATE_RENDITION.CERTIFICATE_ID.in(
                DSL.select(CERTIFICATE.ID).from(CERTIFICATE).where(theirs))).execute();
        return db.update(CERTIFICATE)
                .set(CERTIFICATE.REVOKED_AT, DSL.coalesce(CERTIFICATE.REVOKED_AT, DSL.val(now, CERTIFICATE.REVOKED_AT)))
                .set(CERTIFICATE.REVOKED_BY, DSL.coalesce(CERTIFICATE.REVOKED_BY, DSL.val(adminId, CERTIFICATE.REVOKED_BY)))
                .set(CERTIFICATE.REVOKED_REASON, CertificateFacts.ERASED_REASON)
                .set(CERTIFICATE.HOLDER_NAME, "")
                .set(CERTIFICATE.PDF, new byte[0])
                .where(theirs).execute();
    }

    /** Free texts they wrote: motivations, goals, feedback, logs, their mentor profile. */
    void eraseTexts(long userId) {
        db.update(VISIT_APPLICATION).set(VISIT_APPLICATION.MOTIVATION, ERASED_TEXT).set(VISIT_APPLICATION.TAKE_HOME, ERASED_TEXT)
                .where(VISIT_APPLICATION.APPLICANT_ID.eq(userId)).execute();
        var visitApplications = DSL.select(VISIT_APPLICATION.ID).from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.APPLICANT_ID.eq(userId));
        db.update(VISIT_FEEDBACK).set(VISIT_FEEDBACK.LEARNED, ERASED_TEXT).set(VISIT_FEEDBACK.WILL_APPLY, ERASED_TEXT)
                .where(VISIT_FEEDBACK.APPLICATION_ID.in(visitApplications)).execute();
        db.update(VISIT_FOLLOW_UP).set(VISIT_FOLLOW_UP.APPLIED, ERASED_TEXT)
                .where(VISIT_FOLLOW_UP.APPLICATION_ID.in(visitApplications)).execute();
        db.update(EXCHANGE_APPLICATION).set(EXCHANGE_APPLICATION.MOTIVATION, ERASED_TEXT)
                .where(EXCHANGE_APPLICATION.APPLICANT_ID.eq(userId)).execute();
        db.update(EXCHANGE_LOG).set(EXCHANGE_LOG.ENTRY, ERASED_TEXT)
                .where(EXCHANGE_LOG.ALLOCATION_ID.in(DSL.select(EXCHANGE_ALLOCATION.ID).from(EXCHANGE_ALLOCATION)
                        .where(EXCHANGE_ALLOCATION.PARTICIPANT_ID.eq(userId)))).execute();
        db.update(MENTORING_REQUEST).set(MENTORING_REQUEST.GOALS, ERASED_TEXT)
                .where(MENTORING_REQUEST.MENTEE_ID.eq(userId)).execute();
        db.update(MENTORING_FEEDBACK).set(MENTORING_FEEDBACK.GOALS_REACHED, ERASED_TEXT)
                .where(MENTORING_FEEDBACK.USER_ID.eq(userId)).execute();
        db.update(MENTOR_PROFILE).set(MENTOR_PROFILE.BIO, ERASED_TEXT).set(MENTOR_PROFILE.PAUSED, true)
                .set(MENTOR_PROFILE.VERSION, MENTOR_PROFILE.VERSION.plus(1))
                .where(MENTOR_PROFILE.USER_ID.eq(userId)).execute();
        db.deleteFrom(MENTOR_AVAILABILITY).where(MENTOR_AVAILABILITY.USER_ID.eq(userId)).execute();
    }

    /**
     * The account itself: name and e-mail replaced, no password, inactive, every role but LEARNER
     * gone. The row stays, so the ledger, certificates and audit log keep their counts.
     */
    void anonymiseAccount(long userId, Instant now) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).and(USER_ROLE.ROLE.ne("LEARNER")).execute();
        db.update(APP_USER)
                .set(APP_USER.EMAIL, "erased-" + userId + "@erased.invalid")
                .set(APP_USER.DISPLAY_NAME, "Erased person " + userId)
                .set(APP_USER.PASSWORD_HASH, (String) null)
                .set(APP_USER.ACTIVE, false)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.LOCKED_UNTIL, (Instant) null)
                .set(APP_USER.ERASED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId)).execute();
    }
}
