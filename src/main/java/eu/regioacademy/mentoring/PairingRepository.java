package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.MENTORING_AGREEMENT;
import static eu.regioacademy.db.Tables.MENTORING_FEEDBACK;
import static eu.regioacademy.db.Tables.MENTORING_GOAL;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Pairings, their agreement and goals, and the feedback at the end. */
@Repository
class PairingRepository {

    record PairingRow(long id, long cycleId, long requestId, long mentorId, long menteeId, PairingStatus status, int score,
                      @Nullable Instant mentorAcceptedAt, @Nullable Instant menteeAcceptedAt, @Nullable String closedReason,
                      Instant createdAt) {

        boolean party(long userId) {
            return userId == mentorId || userId == menteeId;
        }
    }

    private final DSLContext db;

    PairingRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long cycleId, long requestId, long mentorId, long menteeId, int score, @Nullable Instant menteeAcceptedAt) {
        return db.insertInto(MENTORING_PAIRING).set(MENTORING_PAIRING.CYCLE_ID, cycleId)
                .set(MENTORING_PAIRING.REQUEST_ID, requestId).set(MENTORING_PAIRING.MENTOR_ID, mentorId)
                .set(MENTORING_PAIRING.MENTEE_ID, menteeId).set(MENTORING_PAIRING.SCORE, score)
                .set(MENTORING_PAIRING.MENTEE_ACCEPTED_AT, menteeAcceptedAt)
                .returningResult(MENTORING_PAIRING.ID).fetchSingle().value1();
    }

    Optional<PairingRow> find(long id) {
        return db.selectFrom(MENTORING_PAIRING).where(MENTORING_PAIRING.ID.eq(id)).fetchOptional(PairingRepository::row);
    }

    Optional<PairingRow> lock(long id) {
        return db.selectFrom(MENTORING_PAIRING).where(MENTORING_PAIRING.ID.eq(id)).forUpdate().fetchOptional(PairingRepository::row);
    }

    private static PairingRow row(eu.regioacademy.db.tables.records.MentoringPairingRecord r) {
        return new PairingRow(r.getId(), r.getCycleId(), r.getRequestId(), r.getMentorId(), r.getMenteeId(),
                PairingStatus.valueOf(r.getStatus()), r.getScore(), r.getMentorAcceptedAt(), r.getMenteeAcceptedAt(),
                r.getClosedReason(), r.getCreatedAt());
    }

    void accept(long id, boolean mentor, Instant at) {
        db.update(MENTORING_PAIRING).set(mentor ? MENTORING_PAIRING.MENTOR_ACCEPTED_AT : MENTORING_PAIRING.MENTEE_ACCEPTED_AT, at)
                .set(MENTORING_PAIRING.VERSION, MENTORING_PAIRING.VERSION.plus(1)).where(MENTORING_PAIRING.ID.eq(id)).execute();
    }

    void setStatus(long id, PairingStatus status, @Nullable String reason, @Nullable Long by, @Nullable Instant at) {
        db.update(MENTORING_PAIRING).set(MENTORING_PAIRING.STATUS, status.name()).set(MENTORING_PAIRING.CLOSED_REASON, reason)
                .set(MENTORING_PAIRING.CLOSED_BY, by).set(MENTORING_PAIRING.CLOSED_AT, at)
                .set(MENTORING_PAIRING.VERSION, MENTORING_PAIRING.VERSION.plus(1)).where(MENTORING_PAIRING.ID.eq(id)).execute();
    }

    String goalsOfRequest(long requestId) {
        return db.select(MENTORING_REQUEST.GOALS).from(MENTORING_REQUEST).where(MENTORING_REQUEST.ID.eq(requestId))
                .fetchSingle(MENTORING_REQUEST.GOALS);
    }

    /** Writes the agreement afresh: any change needs both to accept it again. */
    void saveAgreement(long pairingId, String rhythm, LocalDate endsOn, List<String> goals) {
        db.insertInto(MENTORING_AGREEMENT).set(MENTORING_AGREEMENT.PAIRING_ID, pairingId)
                .set(MENTORING_AGREEMENT.MEETING_RHYTHM, rhythm.strip()).set(MENTORING_AGREEMENT.ENDS_ON, endsOn)
                .onDuplicateKeyUpdate().set(MENTORING_AGREEMENT.MEETING_RHYTHM, rhythm.strip())
                .set(MENTORING_AGREEMENT.ENDS_ON, endsOn).setNull(MENTORING_AGREEMENT.MENTOR_ACCEPTED_AT)
                .setNull(MENTORING_AGREEMENT.MENTEE_ACCEPTED_AT)
                .set(MENTORING_AGREEMENT.VERSION, MENTORING_AGREEMENT.VERSION.plus(1)).execute();
        db.deleteFrom(MENTORING_GOAL).where(MENTORING_GOAL.PAIRING_ID.eq(pairingId)).execute();
        for (int i = 0; i < goals.size(); i++) {
            db.insertInto(MENTORING_GOAL).set(MENTORING_GOAL.PAIRING_ID, pairingId).set(MENTORING_GOAL.POSITION, i + 1)
                    .set(MENTORING_GOAL.TEXT, goals.get(i).strip()).execute();
        }
    }

    void acceptAgreement(long pairingId, boolean mentor, Instant at) {
        db.update(MENTORING_AGREEMENT).set(mentor ? MENTORING_AGREEMENT.MENTOR_ACCEPTED_AT : MENTORING_AGREEMENT.MENTEE_ACCEPTED_AT, at)
                .where(MENTORING_AGREEMENT.PAIRING_ID.eq(pairingId)).execute();
    }

    Optional<PairingDetails.Agreement> agreement(long pairingId) {
        return db.selectFrom(MENTORING_AGREEMENT).where(MENTORING_AGREEMENT.PAIRING_ID.eq(pairingId))
                .fetchOptional(a -> new PairingDetails.Agreement(a.getMeetingRhythm(), a.getEndsOn(), a.getMentorAcceptedAt(),
                        a.getMenteeAcceptedAt()));
    }

    List<PairingDetails.Goal> goals(long pairingId) {
        return db.selectFrom(MENTORING_GOAL).where(MENTORING_GOAL.PAIRING_ID.eq(pairingId)).orderBy(MENTORING_GOAL.POSITION)
                .fetch(g -> new PairingDetails.Goal(g.getId(), g.getPosition(), g.getText(), g.getProgress(), g.getProgressNote()));
    }

    /** @return false when the goal is not one of this pairing's */
    boolean updateGoal(long pairingId, long goalId, int progress, @Nullable String note, Instant at) {
        return db.update(MENTORING_GOAL).set(MENTORING_GOAL.PROGRESS, progress).set(MENTORING_GOAL.PROGRESS_NOTE, note)
                .set(MENTORING_GOAL.UPDATED_AT, at)
                .where(MENTORING_GOAL.ID.eq(goalId).and(MENTORING_GOAL.PAIRING_ID.eq(pairingId))).execute() == 1;
    }

    boolean insertFeedback(long pairingId, long userId, int rating, String goalsReached, Instant at) {
        return db.insertInto(MENTORING_FEEDBACK).set(MENTORING_FEEDBACK.PAIRING_ID, pairingId)
                .set(MENTORING_FEEDBACK.USER_ID, userId).set(MENTORING_FEEDBACK.RATING, (byte) rating)
                .set(MENTORING_FEEDBACK.GOALS_REACHED, goalsReached.strip()).set(MENTORING_FEEDBACK.SUBMITTED_AT, at)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    boolean feedbackGiven(long pairingId, long userId) {
        return db.fetchExists(MENTORING_FEEDBACK, MENTORING_FEEDBACK.PAIRING_ID.eq(pairingId).and(MENTORING_FEEDBACK.USER_ID.eq(userId)));
    }
}
