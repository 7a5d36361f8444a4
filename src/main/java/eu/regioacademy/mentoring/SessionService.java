package eu.regioacademy.mentoring;

import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.TextRules;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of an active pairing: proposed inside the mentor's weekly availability (in the
 * mentor's time zone), never double-booking either person, rescheduled or cancelled with
 * notice, marked held, with notes only the two can read.
 */
@Service
public class SessionService {

    static final String SOURCE_MENTEE = "mentoring_session_mentee";
    static final String SOURCE_MENTOR = "mentoring_session_mentor";

    private final SessionRepository sessions;
    private final PairingRepository pairings;
    private final MentorProfileRepository profiles;
    private final PeopleQuery people;
    private final MentoringAccess access;
    private final MentoringCalendar calendar;
    private final ParticipationLedger ledger;
    private final Clock clock;

    SessionService(SessionRepository sessions, PairingRepository pairings, MentorProfileRepository profiles,
                   PeopleQuery people, MentoringAccess access, MentoringCalendar calendar, ParticipationLedger ledger,
                   Clock clock) {
        this.sessions = sessions;
        this.pairings = pairings;
        this.profiles = profiles;
        this.people = people;
        this.access = access;
        this.calendar = calendar;
        this.ledger = ledger;
        this.clock = clock;
    }

    @PermitAll
    @Transactional
    public long propose(long pairingId, Instant start, Duration length, String location) {
        PairingRepository.PairingRow p = activeOwn(pairingId);
        Instant end = start.plus(length);
        check(p, start, end, location);
        people.lockPeople(p.mentorId(), p.menteeId());
        requireFree(p, start, end);
        SignedInUser user = access.user();
        long id = sessions.insert(pairingId, start, end, location, user.id());
        book(id, p, start, end);
        long other = MentoringAccess.other(p, user.id());
        access.tell(other, "session-proposed:" + id, "notification.session.proposed", pairingId, user.displayName(),
                localTime(other, start));
        return id;
    }

    @PermitAll
    @Transactional
    public void reschedule(long sessionId, Instant start, Duration length, String location) {
        SessionRepository.SessionRow s = planned(sessionId);
        PairingRepository.PairingRow p = activeOwn(s.pairingId());
        Instant end = start.plus(length);
        check(p, start, end, location);
        people.lockPeople(p.mentorId(), p.menteeId());
        sessions.unbook(sessionId);
        requireFree(p, start, end);
        sessions.reschedule(sessionId, start, end, location);
        book(sessionId, p, start, end);
        SignedInUser user = access.user();
        long other = MentoringAccess.other(p, user.id());
        access.tell(other, "session-rescheduled:" + sessionId + ":" + start.getEpochSecond(),
                "notification.session.rescheduled", p.id(), user.displayName(), localTime(other, start));
    }

    @PermitAll
    @Transactional
    public void cancel(long sessionId, String reason) {
        SessionRepository.SessionRow s = planned(sessionId);
        PairingRepository.PairingRow p = own(s.pairingId());
        if (reason.isBlank()) throw InvalidInputException.of("reason", "pairing.error.reason-required");
        TextRules.require("reason", reason, 500);
        sessions.cancel(sessionId, reason);
        sessions.unbook(sessionId);
        SignedInUser user = access.user();
        access.tell(MentoringAccess.other(p, user.id()), "session-cancelled:" + sessionId, "notification.session.cancelled",
                p.id(), user.displayName(), reason.strip());
    }

    /** The session took place: both people's ledgers count it. */
    @PermitAll
    @Transactional
    public void markHeld(long sessionId) {
        SessionRepository.SessionRow s = planned(sessionId);
        PairingRepository.PairingRow p = own(s.pairingId());
        if (s.startsAt().isAfter(clock.instant())) throw InvalidInputException.of("session", "session.error.not-yet");
        sessions.markHeld(sessionId, clock.instant());
        BigDecimal hours = BigDecimal.valueOf(Duration.between(s.startsAt(), s.endsAt()).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        ledger.record(new ParticipationEntry(p.menteeId(), ParticipationKind.MENTORING_SESSION_HELD, s.startsAt(), hours,
                SOURCE_MENTEE, sessionId));
        ledger.record(new ParticipationEntry(p.mentorId(), ParticipationKind.MENTORING_SESSION_HELD, s.startsAt(), hours,
                SOURCE_MENTOR, sessionId));
    }

    /** Private notes and agreed actions: written and read by the two people only. */
    @PermitAll
    @Transactional
    public void saveNotes(long sessionId, String notes, String agreedActions) {
        SessionRepository.SessionRow s = sessions.lock(sessionId).orElseThrow(() -> new AccessDeniedException("No such session"));
        own(s.pairingId());
        if (notes.length() > 8000 || agreedActions.length() > 4000) throw InvalidInputException.of("notes", "mentor.error.text-too-long");
        sessions.saveNote(sessionId, notes, agreedActions, access.user().id(), clock.instant());
    }

    /** One session as an iCalendar file, for the two people only. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> ics(long sessionId) {
        return sessions.calendarOf(access.user().id()).stream().filter(e -> e.id() == sessionId).findFirst()
                .map(e -> calendar.ics(List.of(e)));
    }

    private java.time.LocalDateTime localTime(long userId, Instant at) {
        return java.time.LocalDateTime.ofInstant(at, ZoneId.of(people.person(userId).timeZone()));
    }

    private void check(PairingRepository.PairingRow p, Instant start, Instant end, String location) {
        if (!start.isAfter(clock.instant())) throw InvalidInputException.of("start", "session.error.in-past");
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes < 15 || minutes > 240) throw InvalidInputException.of("length", "session.error.length");
        if (location.isBlank()) throw InvalidInputException.of("location", "session.error.location-required");
        TextRules.require("location", location, 500);
        ZoneId mentorZone = ZoneId.of(people.person(p.mentorId()).timeZone());
        ZonedDateTime from = start.atZone(mentorZone);
        ZonedDateTime until = end.atZone(mentorZone);
        boolean inside = from.toLocalDate().equals(until.toLocalDate()) && profiles.availability(p.mentorId()).stream()
                .anyMatch(w -> w.covers(from.getDayOfWeek(), from.toLocalTime(), until.toLocalTime()));
        if (!inside) throw InvalidInputException.of("start", "session.error.outside-availability");
    }

    private void requireFree(PairingRepository.PairingRow p, Instant start, Instant end) {
        if (sessions.busy(p.mentorId(), start, end)) throw InvalidInputException.of("start", "session.error.mentor-busy");
        if (sessions.busy(p.menteeId(), start, end)) throw InvalidInputException.of("start", "session.error.mentee-busy");
    }

    private void book(long sessionId, PairingRepository.PairingRow p, Instant start, Instant end) {
        try {
            sessions.book(sessionId, start, end, p.mentorId(), p.menteeId());
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("start", "session.error.double-booked");
        }
    }

    private SessionRepository.SessionRow planned(long sessionId) {
        SessionRepository.SessionRow s = sessions.lock(sessionId).orElseThrow(() -> new AccessDeniedException("No such session"));
        if (s.status() != SessionStatus.PLANNED) throw InvalidInputException.of("session", "session.error.not-planned");
        return s;
    }

    private PairingRepository.PairingRow own(long pairingId) {
        PairingRepository.PairingRow p = pairings.find(pairingId).orElseThrow(() -> new AccessDeniedException("No such pairing"));
        access.requireParty(p);
        return p;
    }

    private PairingRepository.PairingRow activeOwn(long pairingId) {
        PairingRepository.PairingRow p = own(pairingId);
        if (p.status() != PairingStatus.ACTIVE) throw InvalidInputException.of("pairing", "pairing.error.not-active");
        return p;
    }
}
