package eu.regioacademy.exchanges;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.EXCHANGE_APPLICATION;
import static eu.regioacademy.db.Tables.EXCHANGE_LOG;
import static eu.regioacademy.db.Tables.EXCHANGE_REPORT;
import static eu.regioacademy.db.Tables.LEARNING_AGREEMENT;
import static eu.regioacademy.db.Tables.PLACEMENT;
import static eu.regioacademy.db.Tables.REGION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Applications, allocations, learning agreements, weekly logs and reports of exchanges. */
@Repository
class AllocationRepository {

    record ApplicationRow(long id, long callId, long placementId, long applicantId, long applicantRegionId,
                          ExchangeApplicationStatus status, LocalDate from, LocalDate until) {
    }

    record AllocationRow(long id, long callId, long placementId, long participantId, long participantRegionId,
                         long hostRegionId, long supervisorId, LocalDate startsOn, LocalDate endsOn) {
    }

    private final DSLContext db;

    AllocationRepository(DSLContext db) {
        this.db = db;
    }

    long insertApplication(long callId, long placementId, long applicantId, long regionId, int rank, String motivation,
                           LocalDate from, LocalDate until) {
        return db.insertInto(EXCHANGE_APPLICATION).set(EXCHANGE_APPLICATION.CALL_ID, callId)
                .set(EXCHANGE_APPLICATION.PLACEMENT_ID, placementId).set(EXCHANGE_APPLICATION.APPLICANT_ID, applicantId)
                .set(EXCHANGE_APPLICATION.APPLICANT_REGION_ID, regionId).set(EXCHANGE_APPLICATION.PREFERENCE_RANK, rank)
                .set(EXCHANGE_APPLICATION.MOTIVATION, motivation.strip()).set(EXCHANGE_APPLICATION.PROPOSED_FROM, from)
                .set(EXCHANGE_APPLICATION.PROPOSED_UNTIL, until).returningResult(EXCHANGE_APPLICATION.ID).fetchSingle().value1();
    }

    /** The person's live applications in the call, locked: their own parallel clicks queue up. */
    List<ApplicationRow> applicationsInCall(long callId, long applicantId) {
        return db.selectFrom(EXCHANGE_APPLICATION)
                .where(EXCHANGE_APPLICATION.CALL_ID.eq(callId).and(EXCHANGE_APPLICATION.APPLICANT_ID.eq(applicantId))
                        .and(EXCHANGE_APPLICATION.STATUS.ne(ExchangeApplicationStatus.WITHDRAWN.name())))
                .forUpdate().fetch(AllocationRepository::application);
    }

    Optional<ApplicationRow> lockApplication(long id) {
        return db.selectFrom(EXCHANGE_APPLICATION).where(EXCHANGE_APPLICATION.ID.eq(id)).forUpdate()
                .fetchOptional(AllocationRepository::application);
    }

    Optional<ApplicationRow> findApplication(long id) {
        return db.selectFrom(EXCHANGE_APPLICATION).where(EXCHANGE_APPLICATION.ID.eq(id)).fetchOptional(AllocationRepository::application);
    }

    private static ApplicationRow application(eu.regioacademy.db.tables.records.ExchangeApplicationRecord r) {
        return new ApplicationRow(r.getId(), r.getCallId(), r.getPlacementId(), r.getApplicantId(), r.getApplicantRegionId(),
                ExchangeApplicationStatus.valueOf(r.getStatus()), r.getProposedFrom(), r.getProposedUntil());
    }

    void setApplicationStatus(long id, ExchangeApplicationStatus status) {
        db.update(EXCHANGE_APPLICATION).set(EXCHANGE_APPLICATION.STATUS, status.name()).where(EXCHANGE_APPLICATION.ID.eq(id)).execute();
    }

    void endorse(long id, ExchangeApplicationStatus status, @Nullable String comment, long by, Instant at) {
        db.update(EXCHANGE_APPLICATION).set(EXCHANGE_APPLICATION.STATUS, status.name())
                .set(EXCHANGE_APPLICATION.ENDORSEMENT_COMMENT, comment).set(EXCHANGE_APPLICATION.ENDORSED_BY, by)
                .set(EXCHANGE_APPLICATION.ENDORSED_AT, at).where(EXCHANGE_APPLICATION.ID.eq(id)).execute();
    }

    /** Other live applications of the person in the call: they are not needed once one is allocated. */
    void closeOthers(long callId, long applicantId, long allocatedApplication) {
        db.update(EXCHANGE_APPLICATION).set(EXCHANGE_APPLICATION.STATUS, ExchangeApplicationStatus.NOT_ALLOCATED.name())
                .where(EXCHANGE_APPLICATION.CALL_ID.eq(callId).and(EXCHANGE_APPLICATION.APPLICANT_ID.eq(applicantId))
                        .and(EXCHANGE_APPLICATION.ID.ne(allocatedApplication))
                        .and(EXCHANGE_APPLICATION.STATUS.in("PENDING", "ENDORSED")))
                .execute();
    }

    List<ExchangeApplication> applicationsOf(long applicantId) {
        return applications(EXCHANGE_APPLICATION.APPLICANT_ID.eq(applicantId));
    }

    List<ExchangeApplication> pendingFromRegion(long regionId) {
        return applications(EXCHANGE_APPLICATION.APPLICANT_REGION_ID.eq(regionId)
                .and(EXCHANGE_APPLICATION.STATUS.eq(ExchangeApplicationStatus.PENDING.name())));
    }

    List<ExchangeApplication> forPlacement(long placementId) {
        return applications(EXCHANGE_APPLICATION.PLACEMENT_ID.eq(placementId));
    }

    private List<ExchangeApplication> applications(Condition which) {
        var applicant = APP_USER.as("applicant");
        var applicantRegion = REGION.as("applicant_region");
        return db.select(EXCHANGE_APPLICATION.asterisk(), PLACEMENT.DEPARTMENT, REGION.NAME, applicant.DISPLAY_NAME,
                        applicantRegion.NAME)
                .from(EXCHANGE_APPLICATION).join(PLACEMENT).on(PLACEMENT.ID.eq(EXCHANGE_APPLICATION.PLACEMENT_ID))
                .join(REGION).on(REGION.ID.eq(PLACEMENT.HOST_REGION_ID))
                .join(applicant).on(applicant.ID.eq(EXCHANGE_APPLICATION.APPLICANT_ID))
                .join(applicantRegion).on(applicantRegion.ID.eq(EXCHANGE_APPLICATION.APPLICANT_REGION_ID))
                .where(which)
                .orderBy(EXCHANGE_APPLICATION.PREFERENCE_RANK, EXCHANGE_APPLICATION.ENDORSED_AT.isNull(),
                        EXCHANGE_APPLICATION.APPLIED_AT, EXCHANGE_APPLICATION.ID)
                .fetch(r -> new ExchangeApplication(r.get(EXCHANGE_APPLICATION.ID), r.get(EXCHANGE_APPLICATION.PLACEMENT_ID),
                        r.get(PLACEMENT.DEPARTMENT), r.get(REGION.NAME), r.get(EXCHANGE_APPLICATION.APPLICANT_ID),
                        r.get(applicant.DISPLAY_NAME), r.get(applicantRegion.NAME), r.get(EXCHANGE_APPLICATION.PREFERENCE_RANK),
                        r.get(EXCHANGE_APPLICATION.MOTIVATION), r.get(EXCHANGE_APPLICATION.PROPOSED_FROM),
                        r.get(EXCHANGE_APPLICATION.PROPOSED_UNTIL),
                        ExchangeApplicationStatus.valueOf(r.get(EXCHANGE_APPLICATION.STATUS)),
                        r.get(EXCHANGE_APPLICATION.ENDORSEMENT_COMMENT), null));
    }

    /** Locking reads: they see allocations other transactions committed while this one waited for its locks. */
    OptionalInt freePlace(long placementId, int places) {
        Set<Integer> held = new HashSet<>(db.select(EXCHANGE_ALLOCATION.PLACE_NO).from(EXCHANGE_ALLOCATION)
                .where(EXCHANGE_ALLOCATION.PLACEMENT_ID.eq(placementId)).forUpdate().fetch(EXCHANGE_ALLOCATION.PLACE_NO));
        for (int p = 1; p <= places; p++) if (!held.contains(p)) return OptionalInt.of(p);
        return OptionalInt.empty();
    }

    boolean allocatedInCall(long callId, long participantId) {
        return db.fetchExists(db.selectOne().from(EXCHANGE_ALLOCATION)
                .where(EXCHANGE_ALLOCATION.CALL_ID.eq(callId).and(EXCHANGE_ALLOCATION.PARTICIPANT_ID.eq(participantId))).forUpdate());
    }

    boolean overlaps(long participantId, LocalDate from, LocalDate until) {
        return db.fetchExists(db.selectOne().from(EXCHANGE_ALLOCATION)
                .where(EXCHANGE_ALLOCATION.PARTICIPANT_ID.eq(participantId)
                        .and(EXCHANGE_ALLOCATION.STARTS_ON.le(until)).and(EXCHANGE_ALLOCATION.ENDS_ON.ge(from))).forUpdate());
    }

    /** Serialises allocations of one person across calls and placements. */
    void lockPerson(long userId) {
        db.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate().fetch();
    }

    long insertAllocation(ApplicationRow a, int placeNo, long by, Instant at) {
        return db.insertInto(EXCHANGE_ALLOCATION).set(EXCHANGE_ALLOCATION.CALL_ID, a.callId())
                .set(EXCHANGE_ALLOCATION.PLACEMENT_ID, a.placementId()).set(EXCHANGE_ALLOCATION.APPLICATION_ID, a.id())
                .set(EXCHANGE_ALLOCATION.PARTICIPANT_ID, a.applicantId()).set(EXCHANGE_ALLOCATION.PLACE_NO, placeNo)
                .set(EXCHANGE_ALLOCATION.STARTS_ON, a.from()).set(EXCHANGE_ALLOCATION.ENDS_ON, a.until())
                .set(EXCHANGE_ALLOCATION.ALLOCATED_BY, by).set(EXCHANGE_ALLOCATION.ALLOCATED_AT, at)
                .returningResult(EXCHANGE_ALLOCATION.ID).fetchSingle().value1();
    }

    Optional<AllocationRow> allocation(long id) {
        return selectAllocations().where(EXCHANGE_ALLOCATION.ID.eq(id)).fetchOptional(AllocationRepository::allocation);
    }

    List<AllocationRow> allocationsOf(long userId) {
        return selectAllocations().where(EXCHANGE_ALLOCATION.PARTICIPANT_ID.eq(userId).or(PLACEMENT.SUPERVISOR_ID.eq(userId)))
                .orderBy(EXCHANGE_ALLOCATION.STARTS_ON.desc()).fetch(AllocationRepository::allocation);
    }

    private org.jooq.SelectOnConditionStep<Record> selectAllocations() {
        return db.select(EXCHANGE_ALLOCATION.asterisk(), APP_USER.REGION_ID, PLACEMENT.HOST_REGION_ID, PLACEMENT.SUPERVISOR_ID)
                .from(EXCHANGE_ALLOCATION).join(PLACEMENT).on(PLACEMENT.ID.eq(EXCHANGE_ALLOCATION.PLACEMENT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(EXCHANGE_ALLOCATION.PARTICIPANT_ID));
    }

    private static AllocationRow allocation(Record r) {
        return new AllocationRow(r.get(EXCHANGE_ALLOCATION.ID), r.get(EXCHANGE_ALLOCATION.CALL_ID),
                r.get(EXCHANGE_ALLOCATION.PLACEMENT_ID), r.get(EXCHANGE_ALLOCATION.PARTICIPANT_ID), r.get(APP_USER.REGION_ID),
                r.get(PLACEMENT.HOST_REGION_ID), r.get(PLACEMENT.SUPERVISOR_ID), r.get(EXCHANGE_ALLOCATION.STARTS_ON),
                r.get(EXCHANGE_ALLOCATION.ENDS_ON));
    }

    // --- learning agreement ---

    record AgreementRow(String objectives, String tasks, int revision, @Nullable Instant participantAcceptedAt,
                        @Nullable Long supervisorAcceptedBy, @Nullable Instant supervisorAcceptedAt,
                        @Nullable Long coordinatorAcceptedBy, @Nullable Instant coordinatorAcceptedAt) {
    }

    record ReportRow(@Nullable String tasksDone, @Nullable String skillsGained, @Nullable Instant reportAt,
                     @Nullable String evaluation, @Nullable Instant evaluatedAt, @Nullable Long sendingSignedBy,
                     @Nullable Long hostSignedBy) {
    }

    Optional<AgreementRow> agreement(long allocationId, boolean lock) {
        var q = db.selectFrom(LEARNING_AGREEMENT).where(LEARNING_AGREEMENT.ALLOCATION_ID.eq(allocationId));
        return (lock ? q.forUpdate().fetchOptional() : q.fetchOptional()).map(r -> new AgreementRow(r.getObjectives(),
                r.getTasks(), r.getRevision(), r.getParticipantAcceptedAt(), r.getSupervisorAcceptedBy(),
                r.getSupervisorAcceptedAt(), r.getCoordinatorAcceptedBy(), r.getCoordinatorAcceptedAt()));
    }

    /** Writes the draft; any change clears all three acceptances and counts a new revision. */
    void saveAgreement(long allocationId, String objectives, String tasks) {
        db.insertInto(LEARNING_AGREEMENT).set(LEARNING_AGREEMENT.ALLOCATION_ID, allocationId)
                .set(LEARNING_AGREEMENT.OBJECTIVES, objectives.strip()).set(LEARNING_AGREEMENT.TASKS, tasks.strip())
                .onDuplicateKeyUpdate().set(LEARNING_AGREEMENT.OBJECTIVES, objectives.strip())
                .set(LEARNING_AGREEMENT.TASKS, tasks.strip()).set(LEARNING_AGREEMENT.REVISION, LEARNING_AGREEMENT.REVISION.plus(1))
                .setNull(LEARNING_AGREEMENT.PARTICIPANT_ACCEPTED_AT).setNull(LEARNING_AGREEMENT.SUPERVISOR_ACCEPTED_BY)
                .setNull(LEARNING_AGREEMENT.SUPERVISOR_ACCEPTED_AT).setNull(LEARNING_AGREEMENT.COORDINATOR_ACCEPTED_BY)
                .setNull(LEARNING_AGREEMENT.COORDINATOR_ACCEPTED_AT).execute();
    }

    void acceptAsParticipant(long allocationId, Instant at) {
        db.update(LEARNING_AGREEMENT).set(LEARNING_AGREEMENT.PARTICIPANT_ACCEPTED_AT, at)
                .where(LEARNING_AGREEMENT.ALLOCATION_ID.eq(allocationId)).execute();
    }

    void acceptAsSupervisor(long allocationId, long by, Instant at) {
        db.update(LEARNING_AGREEMENT).set(LEARNING_AGREEMENT.SUPERVISOR_ACCEPTED_BY, by)
                .set(LEARNING_AGREEMENT.SUPERVISOR_ACCEPTED_AT, at).where(LEARNING_AGREEMENT.ALLOCATION_ID.eq(allocationId)).execute();
    }

    void acceptAsCoordinator(long allocationId, long by, Instant at) {
        db.update(LEARNING_AGREEMENT).set(LEARNING_AGREEMENT.COORDINATOR_ACCEPTED_BY, by)
                .set(LEARNING_AGREEMENT.COORDINATOR_ACCEPTED_AT, at).where(LEARNING_AGREEMENT.ALLOCATION_ID.eq(allocationId)).execute();
    }

    // --- logs and reports ---

    boolean insertLog(long allocationId, LocalDate weekOf, String entry, Instant at) {
        return db.insertInto(EXCHANGE_LOG).set(EXCHANGE_LOG.ALLOCATION_ID, allocationId).set(EXCHANGE_LOG.WEEK_OF, weekOf)
                .set(EXCHANGE_LOG.ENTRY, entry.strip()).set(EXCHANGE_LOG.WRITTEN_AT, at).onDuplicateKeyIgnore().execute() == 1;
    }

    boolean commentLog(long allocationId, long logId, String comment) {
        return db.update(EXCHANGE_LOG).set(EXCHANGE_LOG.SUPERVISOR_COMMENT, comment.strip())
                .where(EXCHANGE_LOG.ID.eq(logId).and(EXCHANGE_LOG.ALLOCATION_ID.eq(allocationId))).execute() == 1;
    }

    List<ExchangeAllocation.LogEntry> logs(long allocationId) {
        return db.selectFrom(EXCHANGE_LOG).where(EXCHANGE_LOG.ALLOCATION_ID.eq(allocationId)).orderBy(EXCHANGE_LOG.WEEK_OF)
                .fetch(l -> new ExchangeAllocation.LogEntry(l.getId(), l.getWeekOf(), l.getEntry(), l.getSupervisorComment()));
    }

    Optional<ReportRow> report(long allocationId, boolean lock) {
        var q = db.selectFrom(EXCHANGE_REPORT).where(EXCHANGE_REPORT.ALLOCATION_ID.eq(allocationId));
        return (lock ? q.forUpdate().fetchOptional() : q.fetchOptional()).map(r -> new ReportRow(r.getTasksDone(),
                r.getSkillsGained(), r.getReportAt(), r.getEvaluation(), r.getEvaluatedAt(), r.getSendingSignedBy(),
                r.getHostSignedBy()));
    }

    void saveReport(long allocationId, String tasksDone, String skills, Instant at) {
        db.insertInto(EXCHANGE_REPORT).set(EXCHANGE_REPORT.ALLOCATION_ID, allocationId)
                .set(EXCHANGE_REPORT.TASKS_DONE, tasksDone.strip()).set(EXCHANGE_REPORT.SKILLS_GAINED, skills.strip())
                .set(EXCHANGE_REPORT.REPORT_AT, at)
                .onDuplicateKeyUpdate().set(EXCHANGE_REPORT.TASKS_DONE, tasksDone.strip())
                .set(EXCHANGE_REPORT.SKILLS_GAINED, skills.strip()).set(EXCHANGE_REPORT.REPORT_AT, at).execute();
    }

    void saveEvaluation(long allocationId, String evaluation, long by, Instant at) {
        db.insertInto(EXCHANGE_REPORT).set(EXCHANGE_REPORT.ALLOCATION_ID, allocationId)
                .set(EXCHANGE_REPORT.EVALUATION, evaluation.strip()).set(EXCHANGE_REPORT.EVALUATED_BY, by)
                .set(EXCHANGE_REPORT.EVALUATED_AT, at)
                .onDuplicateKeyUpdate().set(EXCHANGE_REPORT.EVALUATION, evaluation.strip())
                .set(EXCHANGE_REPORT.EVALUATED_BY, by).set(EXCHANGE_REPORT.EVALUATED_AT, at).execute();
    }

    void signForSendingRegion(long allocationId, long by, Instant at) {
        db.update(EXCHANGE_REPORT).set(EXCHANGE_REPORT.SENDING_SIGNED_BY, by).set(EXCHANGE_REPORT.SENDING_SIGNED_AT, at)
                .where(EXCHANGE_REPORT.ALLOCATION_ID.eq(allocationId)).execute();
    }

    void signForHostRegion(long allocationId, long by, Instant at) {
        db.update(EXCHANGE_REPORT).set(EXCHANGE_REPORT.HOST_SIGNED_BY, by).set(EXCHANGE_REPORT.HOST_SIGNED_AT, at)
                .where(EXCHANGE_REPORT.ALLOCATION_ID.eq(allocationId)).execute();
    }

    /** Ended placements whose participant has not reported, for the reminders. */
    List<AllocationRow> endedWithoutReport(LocalDate endedOnOrBefore) {
        return selectAllocations().where(EXCHANGE_ALLOCATION.ENDS_ON.le(endedOnOrBefore))
                .andNotExists(db.selectOne().from(EXCHANGE_REPORT).where(EXCHANGE_REPORT.ALLOCATION_ID.eq(EXCHANGE_ALLOCATION.ID)
                        .and(EXCHANGE_REPORT.REPORT_AT.isNotNull())))
                .fetch(AllocationRepository::allocation);
    }
}
