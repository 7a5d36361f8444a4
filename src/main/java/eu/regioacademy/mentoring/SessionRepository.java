package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.MENTORING_BOOKING;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.MENTORING_SESSION_NOTE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Sessions of a pairing, the quarter hours they book for both people, and the private notes. */
@Repository
class SessionRepository {

    static final Duration SLOT = Duration.ofMinutes(15);

    record SessionRow(long id, long pairingId, Instant startsAt, Instant endsAt, SessionStatus status) {
    }

    /** A session in a person's own calendar, with whom it is. */
    record CalendarEntry(long id, Instant startsAt, Instant endsAt, String location, String withName, SessionStatus status) {
    }

    private final DSLContext db;

    SessionRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long pairingId, Instant start, Instant end, String location, long proposedBy) {
        return db.insertInto(MENTORING_SESSION).set(MENTORING_SESSION.PAIRING_ID, pairingId)
                .set(MENTORING_SESSION.STARTS_AT, start).set(MENTORING_SESSION.ENDS_AT, end)
                .set(MENTORING_SESSION.LOCATION, location.strip()).set(MENTORING_SESSION.PROPOSED_BY, proposedBy)
                .returningResult(MENTORING_SESSION.ID).fetchSingle().value1();
    }

    /**
     * Books the session's quarter hours for both people. The primary key (person, quarter
     * hour) refuses a second booking of the same time, whatever the services checked.
     */
    void book(long sessionId, Instant start, Instant end, long... userIds) {
        for (long user : userIds) {
            for (Instant slot = floor(start); slot.isBefore(end); slot = slot.plus(SLOT)) {
                db.insertInto(MENTORING_BOOKING).set(MENTORING_BOOKING.USER_ID, user).set(MENTORING_BOOKING.SLOT_START, slot)
                        .set(MENTORING_BOOKING.SESSION_ID, sessionId).execute();
            }
        }
    }

    void unbook(long sessionId) {
        db.deleteFrom(MENTORING_BOOKING).where(MENTORING_BOOKING.SESSION_ID.eq(sessionId)).execute();
    }

    /** Whether the person has another session in the time (a locking read). */
    boolean busy(long userId, Instant start, Instant end) {
        return db.fetchExists(db.selectOne().from(MENTORING_BOOKING)
                .where(MENTORING_BOOKING.USER_ID.eq(userId).and(MENTORING_BOOKING.SLOT_START.ge(floor(start)))
                        .and(MENTORING_BOOKING.SLOT_START.lt(end)))
                .forUpdate());
    }

    private static Instant floor(Instant t) {
        long seconds = SLOT.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), seconds) * seconds);
    }

    Optional<SessionRow> lock(long id) {
        return db.selectFrom(MENTORING_SESSION).where(MENTORING_SESSION.ID.eq(id)).forUpdate()
                .fetchOptional(s -> new SessionRow(s.getId(), s.getPairingId(), s.getStartsAt(), s.getEndsAt(),
                        SessionStatus.valueOf(s.getStatus())));
    }

    void reschedule(long id, Instant start, Instant end, String location) {
        db.update(MENTORING_SESSION).set(MENTORING_SESSION.STARTS_AT, start).set(MENTORING_SESSION.ENDS_AT, end)
                .set(MENTORING_SESSION.LOCATION, location.strip()).set(MENTORING_SESSION.VERSION, MENTORING_SESSION.VERSION.plus(1))
                .where(MENTORING_SESSION.ID.eq(id)).execute();
    }

    void cancel(long id, String reason) {
        db.update(MENTORING_SESSION).set(MENTORING_SESSION.STATUS, SessionStatus.CANCELLED.name())
                .set(MENTORING_SESSION.CANCEL_REASON, reason.strip()).where(MENTORING_SESSION.ID.eq(id)).execute();
    }

    void markHeld(long id, Instant at) {
        db.update(MENTORING_SESSION).set(MENTORING_SESSION.STATUS, SessionStatus.HELD.name()).set(MENTORING_SESSION.HELD_AT, at)
                .where(MENTORING_SESSION.ID.eq(id)).execute();
    }

    void saveNote(long sessionId, String notes, String actions, long by, Instant at) {
        db.insertInto(MENTORING_SESSION_NOTE).set(MENTORING_SESSION_NOTE.SESSION_ID, sessionId)
                .set(MENTORING_SESSION_NOTE.NOTES, notes.strip()).set(MENTORING_SESSION_NOTE.AGREED_ACTIONS, actions.strip())
                .set(MENTORING_SESSION_NOTE.UPDATED_BY, by).set(MENTORING_SESSION_NOTE.UPDATED_AT, at)
                .onDuplicateKeyUpdate().set(MENTORING_SESSION_NOTE.NOTES, notes.strip())
                .set(MENTORING_SESSION_NOTE.AGREED_ACTIONS, actions.strip()).set(MENTORING_SESSION_NOTE.UPDATED_BY, by)
                .set(MENTORING_SESSION_NOTE.UPDATED_AT, at).execute();
    }

    /** The pairing's sessions; the notes are read only when the reader is one of the two. */
    List<SessionView> sessions(long pairingId, boolean withNotes) {
        return db.select(MENTORING_SESSION.asterisk(), MENTORING_SESSION_NOTE.NOTES, MENTORING_SESSION_NOTE.AGREED_ACTIONS)
                .from(MENTORING_SESSION).leftJoin(MENTORING_SESSION_NOTE)
                .on(MENTORING_SESSION_NOTE.SESSION_ID.eq(MENTORING_SESSION.ID).and(org.jooq.impl.DSL.val(withNotes)))
                .where(MENTORING_SESSION.PAIRING_ID.eq(pairingId)).orderBy(MENTORING_SESSION.STARTS_AT)
                .fetch(r -> new SessionView(r.get(MENTORING_SESSION.ID), r.get(MENTORING_SESSION.STARTS_AT),
                        r.get(MENTORING_SESSION.ENDS_AT), r.get(MENTORING_SESSION.LOCATION),
                        SessionStatus.valueOf(r.get(MENTORING_SESSION.STATUS)), r.get(MENTORING_SESSION.CANCEL_REASON),
                        withNotes ? r.get(MENTORING_SESSION_NOTE.NOTES) : null,
                        withNotes ? r.get(MENTORING_SESSION_NOTE.AGREED_ACTIONS) : null));
    }

    /** A person's planned and held sessions, as mentor or mentee, for their calendar. */
    List<CalendarEntry> calendarOf(long userId) {
        var other = APP_USER.as("other");
        return db.select(MENTORING_SESSION.ID, MENTORING_SESSION.STARTS_AT, MENTORING_SESSION.ENDS_AT,
                        MENTORING_SESSION.LOCATION, other.DISPLAY_NAME, MENTORING_SESSION.STATUS)
                .from(MENTORING_SESSION).join(MENTORING_PAIRING).on(MENTORING_PAIRING.ID.eq(MENTORING_SESSION.PAIRING_ID))
                .join(other).on(other.ID.eq(org.jooq.impl.DSL.when(MENTORING_PAIRING.MENTOR_ID.eq(userId), MENTORING_PAIRING.MENTEE_ID)
                        .otherwise(MENTORING_PAIRING.MENTOR_ID)))
                .where(MENTORING_PAIRING.MENTOR_ID.eq(userId).or(MENTORING_PAIRING.MENTEE_ID.eq(userId)))
                .and(MENTORING_SESSION.STATUS.ne(SessionStatus.CANCELLED.name()))
                .orderBy(MENTORING_SESSION.STARTS_AT)
                .fetch(r -> new CalendarEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        SessionStatus.valueOf(r.value6())));
    }
}
