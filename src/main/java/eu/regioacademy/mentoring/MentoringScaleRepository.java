package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.MENTORING_AGREEMENT;
import static eu.regioacademy.db.Tables.MENTORING_BOOKING;
import static eu.regioacademy.db.Tables.MENTORING_CYCLE;
import static eu.regioacademy.db.Tables.MENTORING_FEEDBACK;
import static eu.regioacademy.db.Tables.MENTORING_GOAL;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_REQUEST;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.MENTORING_SESSION_NOTE;
import static eu.regioacademy.db.Tables.MENTOR_AVAILABILITY;
import static eu.regioacademy.db.Tables.MENTOR_LANGUAGE;
import static eu.regioacademy.db.Tables.MENTOR_PROFILE;
import static eu.regioacademy.db.Tables.MENTOR_TOPIC;

import eu.regioacademy.platform.db.BulkInsert;
import eu.regioacademy.platform.db.BulkInsert.Sink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Bulk writes of generated mentors, cycles, pairings and sessions, for benchmarks at network scale. */
@Repository
class MentoringScaleRepository {

    private final BulkInsert bulk;

    MentoringScaleRepository(BulkInsert bulk) {
        this.bulk = bulk;
    }

    record FirstIds(long cycle, long request, long pairing, long session) {
    }

    FirstIds firstIds() {
        return new FirstIds(bulk.nextId(MENTORING_CYCLE), bulk.nextId(MENTORING_REQUEST), bulk.nextId(MENTORING_PAIRING),
                bulk.nextId(MENTORING_SESSION));
    }

    Writer writer() {
        Sink profiles = bulk.into(MENTOR_PROFILE, MENTOR_PROFILE.USER_ID, MENTOR_PROFILE.BIO,
                MENTOR_PROFILE.YEARS_EXPERIENCE, MENTOR_PROFILE.CAPACITY, MENTOR_PROFILE.PAUSED, MENTOR_PROFILE.UPDATED_AT);
        Sink topics = bulk.into(MENTOR_TOPIC, MENTOR_TOPIC.USER_ID, MENTOR_TOPIC.TOPIC).after(profiles);
        Sink languages = bulk.into(MENTOR_LANGUAGE, MENTOR_LANGUAGE.USER_ID, MENTOR_LANGUAGE.LANGUAGE,
                MENTOR_LANGUAGE.LEVEL).after(profiles);
        Sink availability = bulk.into(MENTOR_AVAILABILITY, MENTOR_AVAILABILITY.USER_ID, MENTOR_AVAILABILITY.DAY_OF_WEEK,
                MENTOR_AVAILABILITY.STARTS_AT, MENTOR_AVAILABILITY.ENDS_AT).after(profiles);
        Sink cycles = bulk.into(MENTORING_CYCLE, MENTORING_CYCLE.ID, MENTORING_CYCLE.NAME, MENTORING_CYCLE.STARTS_ON,
                MENTORING_CYCLE.ENDS_ON, MENTORING_CYCLE.STATUS, MENTORING_CYCLE.CREATED_BY, MENTORING_CYCLE.CREATED_AT);
        Sink requests = bulk.into(MENTORING_REQUEST, MENTORING_REQUEST.ID, MENTORING_REQUEST.CYCLE_ID,
                MENTORING_REQUEST.MENTEE_ID, MENTORING_REQUEST.GOALS, MENTORING_REQUEST.TOPICS,
                MENTORING_REQUEST.LANGUAGES, MENTORING_REQUEST.OTHER_REGION, MENTORING_REQUEST.OTHER_COUNTRY,
                MENTORING_REQUEST.STATUS, MENTORING_REQUEST.CREATED_AT).after(cycles);
        Sink pairings = bulk.into(MENTORING_PAIRING, MENTORING_PAIRING.ID, MENTORING_PAIRING.CYCLE_ID,
                MENTORING_PAIRING.REQUEST_ID, MENTORING_PAIRING.MENTOR_ID, MENTORING_PAIRING.MENTEE_ID,
                MENTORING_PAIRING.STATUS, MENTORING_PAIRING.SCORE, MENTORING_PAIRING.MENTOR_ACCEPTED_AT,
                MENTORING_PAIRING.MENTEE_ACCEPTED_AT, MENTORING_PAIRING.CLOSED_REASON, MENTORING_PAIRING.CLOSED_BY,
                MENTORING_PAIRING.CLOSED_AT, MENTORING_PAIRING.CREATED_AT).after(requests, profiles);
        Sink agreements = bulk.into(MENTORING_AGREEMENT, MENTORING_AGREEMENT.PAIRING_ID,
                MENTORING_AGREEMENT.MEETING_RHYTHM, MENTORING_AGREEMENT.ENDS_ON, MENTORING_AGREEMENT.MENTOR_ACCEPTED_AT,
                MENTORING_AGREEMENT.MENTEE_ACCEPTED_AT).after(pairings);
        Sink goals = bulk.into(MENTORING_GOAL, MENTORING_GOAL.PAIRING_ID, MENTORING_GOAL.POSITION, MENTORING_GOAL.TEXT,
                MENTORING_GOAL.PROGRESS, MENTORING_GOAL.PROGRESS_NOTE, MENTORING_GOAL.UPDATED_AT).after(pairings);
        Sink feedback = bulk.into(MENTORING_FEEDBACK, MENTORING_FEEDBACK.PAIRING_ID, MENTORING_FEEDBACK.USER_ID,
                MENTORING_FEEDBACK.RATING, MENTORING_FEEDBACK.GOALS_REACHED, MENTORING_FEEDBACK.SUBMITTED_AT)
                .after(pairings);
        Sink sessions = bulk.into(MENTORING_SESSION, MENTORING_SESSION.ID, MENTORING_SESSION.PAIRING_ID,
                MENTORING_SESSION.STARTS_AT, MENTORING_SESSION.ENDS_AT, MENTORING_SESSION.LOCATION,
                MENTORING_SESSION.STATUS, MENTORING_SESSION.PROPOSED_BY, MENTORING_SESSION.CANCEL_REASON,
                MENTORING_SESSION.HELD_AT, MENTORING_SESSION.CREATED_AT).after(pairings);
        Sink bookings = bulk.into(MENTORING_BOOKING, MENTORING_BOOKING.USER_ID, MENTORING_BOOKING.SLOT_START,
                MENTORING_BOOKING.SESSION_ID).after(sessions);
        Sink notes = bulk.into(MENTORING_SESSION_NOTE, MENTORING_SESSION_NOTE.SESSION_ID, MENTORING_SESSION_NOTE.NOTES,
                MENTORING_SESSION_NOTE.AGREED_ACTIONS, MENTORING_SESSION_NOTE.UPDATED_BY, MENTORING_SESSION_NOTE.UPDATED_AT)
                .after(sessions);
        return new Writer(profiles, topics, languages, availability, cycles, requests, pairings, agreements, goals,
                feedback, sessions, bookings, notes);
    }

    /** A pairing's state: who accepted when, and how it was closed. */
    record PairingState(PairingStatus status, @Nullable Instant mentorAcceptedAt, @Nullable Instant menteeAcceptedAt,
                        @Nullable String closedReason, @Nullable Long closedBy, @Nullable Instant closedAt) {
    }

    /** Typed rows for each table; only sinks here, the tables are named by the repository. */
    record Writer(Sink profiles, Sink topics, Sink languages, Sink availability, Sink cycles, Sink requests,
                  Sink pairings, Sink agreements, Sink goals, Sink feedback, Sink sessions, Sink bookings, Sink notes)
            implements AutoCloseable {

        void profile(long userId, String bio, int years, int capacity, boolean paused, Instant updatedAt) {
            profiles.add(userId, bio, years, capacity, paused, updatedAt);
        }

        void topic(long userId, String topic) {
            topics.add(userId, topic);
        }

        void language(long userId, String language, LanguageLevel level) {
            languages.add(userId, language, level.name());
        }

        void window(long userId, int dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
            availability.add(userId, dayOfWeek, startsAt, endsAt);
        }

        void cycle(long id, String name, LocalDate startsOn, LocalDate endsOn, boolean open, long createdBy,
                   Instant createdAt) {
            cycles.add(id, name, startsOn, endsOn, open ? "OPEN" : "CLOSED", createdBy, createdAt);
        }

        void request(long id, long cycleId, long menteeId, String goals, String topics, String languages,
                     boolean otherRegion, boolean otherCountry, String status, Instant createdAt) {
            requests.add(id, cycleId, menteeId, goals, topics, languages, otherRegion, otherCountry, status, createdAt);
        }

        void pairing(long id, long cycleId, long requestId, long mentorId, long menteeId, int score, PairingState s,
                     Instant createdAt) {
            pairings.add(id, cycleId, requestId, mentorId, menteeId, s.status().name(), score, s.mentorAcceptedAt(),
                    s.menteeAcceptedAt(), s.closedReason(), s.closedBy(), s.closedAt(), createdAt);
        }

        void agreement(long pairingId, String rhythm, LocalDate endsOn, Instant mentorAcceptedAt,
                       Instant menteeAcceptedAt) {
            agreements.add(pairingId, rhythm, endsOn, mentorAcceptedAt, menteeAcceptedAt);
        }

        void goal(long pairingId, int position, String text, int progress, @Nullable String note, Instant updatedAt) {
            goals.add(pairingId, position, text, progress, note, updatedAt);
        }

        void feedback(long pairingId, long userId, int rating, String goalsReached, Instant at) {
            feedback.add(pairingId, userId, rating, goalsReached, at);
        }

        void session(long id, long pairingId, Instant startsAt, Instant endsAt, String location, SessionStatus status,
                     long proposedBy, @Nullable String cancelReason, @Nullable Instant heldAt, Instant createdAt) {
            sessions.add(id, pairingId, startsAt, endsAt, location, status.name(), proposedBy, cancelReason, heldAt,
                    createdAt);
        }

        void booking(long userId, Instant slotStart, long sessionId) {
            bookings.add(userId, slotStart, sessionId);
        }

        void note(long sessionId, String notes, String agreedActions, long updatedBy, Instant at) {
            this.notes.add(sessionId, notes, agreedActions, updatedBy, at);
        }

        @Override
        public void close() {
            List.of(profiles, topics, languages, availability, cycles, requests, pairings, agreements, goals, feedback,
                    sessions, bookings, notes).forEach(Sink::close);
        }
    }
}
