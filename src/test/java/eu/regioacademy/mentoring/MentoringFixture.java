package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.CALENDAR_FEED;
import static eu.regioacademy.db.Tables.MENTORING_AGREEMENT;
import static eu.regioacademy.db.Tables.MENTORING_GOAL;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_REQUEST;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.MENTORING_SESSION_NOTE;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Pairings for the mentoring tests, beside the demo data (the demo cycle, the demo
 * mentor's profile in Madrid time, his active pairing with the demo learner).
 */
@Component
public class MentoringFixture {

    public static final String MENTOR = "mentor@example.org";
    public static final String OLENA = "olena.kovalenko@example.org";
    public static final String JIRI = "jiri.novak@example.org";

    private final CycleRepository cycles;
    private final PairingRepository pairings;
    private final SessionRepository sessions;
    private final PeopleQuery people;
    private final DSLContext db;

    MentoringFixture(CycleRepository cycles, PairingRepository pairings, SessionRepository sessions, PeopleQuery people,
                     DSLContext db) {
        this.cycles = cycles;
        this.pairings = pairings;
        this.sessions = sessions;
        this.people = people;
        this.db = db;
    }

    public long demoCycle() {
        return cycles.cycles().stream().filter(Cycle::open).findFirst().orElseThrow().id();
    }

    public long userId(String email) {
        return people.idOf(email);
    }

    /** The open request the demo data gave this person, or a new one. */
    public long request(String email) {
        long user = people.idOf(email);
        return cycles.requestsOf(user).stream().filter(r -> r.cycleId() == demoCycle()).findFirst().map(MyRequest::id)
                .orElseGet(() -> cycles.insertRequest(new RequestDraft(demoCycle(), "Goals of " + email, Set.of("reception"),
                        List.of("en"), true, false), user).orElseThrow());
    }

    /** An active pairing of the mentor with the mentee (both accepted). */
    public long activePairing(String mentorEmail, String menteeEmail) {
        long request = request(menteeEmail);
        long mentor = people.idOf(mentorEmail);
        long id = pairings.insert(demoCycle(), request, mentor, people.idOf(menteeEmail), 50, Instant.now());
        pairings.accept(id, true, Instant.now());
        pairings.setStatus(id, PairingStatus.ACTIVE, null, null, null);
        cycles.setRequestStatus(request, "MATCHED");
        return id;
    }

    public long demoPairing() {
        return db.select(MENTORING_PAIRING.ID).from(MENTORING_PAIRING)
                .where(MENTORING_PAIRING.MENTEE_ID.eq(people.idOf("learner@example.org"))
                        .and(MENTORING_PAIRING.STATUS.eq("ACTIVE"))).fetchSingle(MENTORING_PAIRING.ID);
    }

    public PairingStatus status(long pairingId) {
        return pairings.find(pairingId).orElseThrow().status();
    }

    public String requestStatus(long requestId) {
        return db.select(MENTORING_REQUEST.STATUS).from(MENTORING_REQUEST).where(MENTORING_REQUEST.ID.eq(requestId))
                .fetchSingle(MENTORING_REQUEST.STATUS);
    }

    public int notifications(String email, String eventPrefix) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(people.idOf(email))
                .and(NOTIFICATION.EVENT_KEY.startsWith(eventPrefix)));
    }

    /** For committing tests: the pairings of these mentees made by the test, with their sessions and ledger entries. */
    public void removePairingsOf(String... menteeEmails) {
        for (String email : menteeEmails) {
            long mentee = people.idOf(email);
            var ids = db.select(MENTORING_PAIRING.ID).from(MENTORING_PAIRING).where(MENTORING_PAIRING.MENTEE_ID.eq(mentee))
                    .fetch(MENTORING_PAIRING.ID);
            var sessionIds = db.select(MENTORING_SESSION.ID).from(MENTORING_SESSION).where(MENTORING_SESSION.PAIRING_ID.in(ids))
                    .fetch(MENTORING_SESSION.ID);
            db.deleteFrom(PARTICIPATION_ENTRY).where(PARTICIPATION_ENTRY.SOURCE_TYPE.in(SessionService.SOURCE_MENTEE,
                    SessionService.SOURCE_MENTOR).and(PARTICIPATION_ENTRY.SOURCE_ID.in(sessionIds))).execute();
            db.deleteFrom(PARTICIPATION_ENTRY).where(PARTICIPATION_ENTRY.SOURCE_TYPE.in(PairingService.MENTEE_SOURCE,
                    PairingService.MENTOR_SOURCE).and(PARTICIPATION_ENTRY.SOURCE_ID.in(ids))).execute();
            db.deleteFrom(MENTORING_SESSION_NOTE).where(MENTORING_SESSION_NOTE.SESSION_ID.in(sessionIds)).execute();
            db.deleteFrom(MENTORING_SESSION).where(MENTORING_SESSION.ID.in(sessionIds)).execute();
            db.deleteFrom(MENTORING_GOAL).where(MENTORING_GOAL.PAIRING_ID.in(ids)).execute();
            db.deleteFrom(MENTORING_AGREEMENT).where(MENTORING_AGREEMENT.PAIRING_ID.in(ids)).execute();
            db.deleteFrom(NOTIFICATION).where(NOTIFICATION.LINK.in(ids.stream().map(i -> "mentoring/pairings/" + i).toList())).execute();
            db.deleteFrom(MENTORING_PAIRING).where(MENTORING_PAIRING.ID.in(ids)).execute();
            db.update(MENTORING_REQUEST).set(MENTORING_REQUEST.STATUS, "OPEN").where(MENTORING_REQUEST.MENTEE_ID.eq(mentee)).execute();
        }
    }

    public void removeFeed(String email) {
        db.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(people.idOf(email))).execute();
    }

    /** A session of the pairing that was held, starting at the given time. */
    public long heldSession(long pairingId, Instant start) {
        long mentee = pairings.find(pairingId).orElseThrow().menteeId();
        long id = session(pairingId, start, mentee);
        db.update(MENTORING_SESSION).set(MENTORING_SESSION.STATUS, "HELD").set(MENTORING_SESSION.HELD_AT, start)
                .where(MENTORING_SESSION.ID.eq(id)).execute();
        return id;
    }

    /**
     * A planned session of the pairing that has already begun, as if proposed earlier by the
     * mentee: the service refuses to propose a past time, and only a begun session can be held.
     */
    public long startedSession(long pairingId, Instant start, Duration length) {
        long mentee = pairings.find(pairingId).orElseThrow().menteeId();
        return sessions.insert(pairingId, start, start.plus(length), "Online", mentee);
    }

    long session(long pairingId, Instant start, long proposedBy) {
        return sessions.insert(pairingId, start, start.plusSeconds(3600), "Online", proposedBy);
    }
}
