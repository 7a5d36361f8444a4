package eu.regioacademy.exchanges;

import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.EXCHANGE_APPLICATION;
import static eu.regioacademy.db.Tables.EXCHANGE_CALL;
import static eu.regioacademy.db.Tables.EXCHANGE_CALL_TEXT;
import static eu.regioacademy.db.Tables.EXCHANGE_DAILY_RATE;
import static eu.regioacademy.db.Tables.EXCHANGE_LOG;
import static eu.regioacademy.db.Tables.EXCHANGE_REPORT;
import static eu.regioacademy.db.Tables.EXCHANGE_TRAVEL_BAND;
import static eu.regioacademy.db.Tables.LEARNING_AGREEMENT;
import static eu.regioacademy.db.Tables.PLACEMENT;

import eu.regioacademy.platform.db.BulkInsert;
import eu.regioacademy.platform.db.BulkInsert.Sink;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Bulk writes of generated exchange calls, placements, applications and allocations, for benchmarks at network scale. */
@Repository
class ExchangeScaleRepository {

    private final BulkInsert bulk;

    ExchangeScaleRepository(BulkInsert bulk) {
        this.bulk = bulk;
    }

    record FirstIds(long call, long placement, long application, long allocation) {
    }

    FirstIds firstIds() {
        return new FirstIds(bulk.nextId(EXCHANGE_CALL), bulk.nextId(PLACEMENT), bulk.nextId(EXCHANGE_APPLICATION),
                bulk.nextId(EXCHANGE_ALLOCATION));
    }

    Writer writer() {
        Sink calls = bulk.into(EXCHANGE_CALL, EXCHANGE_CALL.ID, EXCHANGE_CALL.NAME, EXCHANGE_CALL.APPLICATIONS_OPEN,
                EXCHANGE_CALL.APPLICATIONS_CLOSE, EXCHANGE_CALL.PERIOD_STARTS, EXCHANGE_CALL.PERIOD_ENDS,
                EXCHANGE_CALL.MIN_WEEKS, EXCHANGE_CALL.MAX_WEEKS, EXCHANGE_CALL.MAX_APPLICATIONS,
                EXCHANGE_CALL.CREATED_BY, EXCHANGE_CALL.CREATED_AT);
        Sink texts = bulk.into(EXCHANGE_CALL_TEXT, EXCHANGE_CALL_TEXT.CALL_ID, EXCHANGE_CALL_TEXT.LANGUAGE,
                EXCHANGE_CALL_TEXT.DESCRIPTION).after(calls);
        Sink rates = bulk.into(EXCHANGE_DAILY_RATE, EXCHANGE_DAILY_RATE.CALL_ID, EXCHANGE_DAILY_RATE.COUNTRY_CODE,
                EXCHANGE_DAILY_RATE.AMOUNT).after(calls);
        Sink bands = bulk.into(EXCHANGE_TRAVEL_BAND, EXCHANGE_TRAVEL_BAND.CALL_ID, EXCHANGE_TRAVEL_BAND.UP_TO_KM,
                EXCHANGE_TRAVEL_BAND.AMOUNT).after(calls);
        Sink placements = bulk.into(PLACEMENT, PLACEMENT.ID, PLACEMENT.CALL_ID, PLACEMENT.HOST_REGION_ID,
                PLACEMENT.DEPARTMENT, PLACEMENT.TOPICS, PLACEMENT.WORK, PLACEMENT.SUPERVISOR_ID, PLACEMENT.LANGUAGES,
                PLACEMENT.PLACES, PLACEMENT.AVAILABLE_FROM, PLACEMENT.AVAILABLE_UNTIL, PLACEMENT.CREATED_BY,
                PLACEMENT.CREATED_AT).after(calls);
        Sink applications = bulk.into(EXCHANGE_APPLICATION, EXCHANGE_APPLICATION.ID, EXCHANGE_APPLICATION.CALL_ID,
                EXCHANGE_APPLICATION.PLACEMENT_ID, EXCHANGE_APPLICATION.APPLICANT_ID,
                EXCHANGE_APPLICATION.APPLICANT_REGION_ID, EXCHANGE_APPLICATION.PREFERENCE_RANK,
                EXCHANGE_APPLICATION.MOTIVATION, EXCHANGE_APPLICATION.PROPOSED_FROM, EXCHANGE_APPLICATION.PROPOSED_UNTIL,
                EXCHANGE_APPLICATION.STATUS, EXCHANGE_APPLICATION.ENDORSEMENT_COMMENT, EXCHANGE_APPLICATION.ENDORSED_BY,
                EXCHANGE_APPLICATION.ENDORSED_AT, EXCHANGE_APPLICATION.APPLIED_AT).after(placements);
        Sink allocations = bulk.into(EXCHANGE_ALLOCATION, EXCHANGE_ALLOCATION.ID, EXCHANGE_ALLOCATION.CALL_ID,
                EXCHANGE_ALLOCATION.PLACEMENT_ID, EXCHANGE_ALLOCATION.APPLICATION_ID, EXCHANGE_ALLOCATION.PARTICIPANT_ID,
                EXCHANGE_ALLOCATION.PLACE_NO, EXCHANGE_ALLOCATION.STARTS_ON, EXCHANGE_ALLOCATION.ENDS_ON,
                EXCHANGE_ALLOCATION.ALLOCATED_BY, EXCHANGE_ALLOCATION.ALLOCATED_AT).after(applications);
        Sink agreements = bulk.into(LEARNING_AGREEMENT, LEARNING_AGREEMENT.ALLOCATION_ID, LEARNING_AGREEMENT.OBJECTIVES,
                LEARNING_AGREEMENT.TASKS, LEARNING_AGREEMENT.REVISION, LEARNING_AGREEMENT.PARTICIPANT_ACCEPTED_AT,
                LEARNING_AGREEMENT.SUPERVISOR_ACCEPTED_BY, LEARNING_AGREEMENT.SUPERVISOR_ACCEPTED_AT,
                LEARNING_AGREEMENT.COORDINATOR_ACCEPTED_BY, LEARNING_AGREEMENT.COORDINATOR_ACCEPTED_AT)
                .after(allocations);
        Sink logs = bulk.into(EXCHANGE_LOG, EXCHANGE_LOG.ALLOCATION_ID, EXCHANGE_LOG.WEEK_OF, EXCHANGE_LOG.ENTRY,
                EXCHANGE_LOG.SUPERVISOR_COMMENT, EXCHANGE_LOG.WRITTEN_AT).after(allocations);
        Sink reports = bulk.into(EXCHANGE_REPORT, EXCHANGE_REPORT.ALLOCATION_ID, EXCHANGE_REPORT.TASKS_DONE,
                EXCHANGE_REPORT.SKILLS_GAINED, EXCHANGE_REPORT.REPORT_AT, EXCHANGE_REPORT.EVALUATION,
                EXCHANGE_REPORT.EVALUATED_BY, EXCHANGE_REPORT.EVALUATED_AT, EXCHANGE_REPORT.SENDING_SIGNED_BY,
                EXCHANGE_REPORT.SENDING_SIGNED_AT, EXCHANGE_REPORT.HOST_SIGNED_BY, EXCHANGE_REPORT.HOST_SIGNED_AT)
                .after(allocations);
        return new Writer(calls, texts, rates, bands, placements, applications, allocations, agreements, logs, reports);
    }

    /** Who accepted a learning agreement, and when (null: not yet). */
    record Acceptance(@Nullable Instant participantAt, @Nullable Long supervisor, @Nullable Instant supervisorAt,
                      @Nullable Long coordinator, @Nullable Instant coordinatorAt) {
    }

    /** A participant's report, the supervisor's evaluation and the two regions' signatures, as far as they got. */
    record Report(String tasksDone, String skillsGained, Instant reportAt, @Nullable String evaluation,
                  @Nullable Long evaluatedBy, @Nullable Instant evaluatedAt, @Nullable Long sendingSignedBy,
                  @Nullable Instant sendingSignedAt, @Nullable Long hostSignedBy, @Nullable Instant hostSignedAt) {
    }

    /** Typed rows for each table; only sinks here, the tables are named by the repository. */
    record Writer(Sink calls, Sink texts, Sink rates, Sink bands, Sink placements, Sink applications, Sink allocations,
                  Sink agreements, Sink logs, Sink reports) implements AutoCloseable {

        void call(long id, String name, LocalDate open, LocalDate close, LocalDate periodStarts, LocalDate periodEnds,
                  int minWeeks, int maxWeeks, int maxApplications, long createdBy, Instant createdAt) {
            calls.add(id, name, open, close, periodStarts, periodEnds, minWeeks, maxWeeks, maxApplications, createdBy,
                    createdAt);
        }

        void callText(long callId, String language, String description) {
            texts.add(callId, language, description);
        }

        void dailyRate(long callId, String countryCode, BigDecimal amount) {
            rates.add(callId, countryCode, amount);
        }

        void travelBand(long callId, int upToKm, BigDecimal amount) {
            bands.add(callId, upToKm, amount);
        }

        void placement(long id, long callId, long hostRegionId, String department, String topics, String work,
                       long supervisorId, String languages, int places, LocalDate from, LocalDate until,
                       long createdBy, Instant createdAt) {
            placements.add(id, callId, hostRegionId, department, topics, work, supervisorId, languages, places, from,
                    until, createdBy, createdAt);
        }

        void application(long id, long callId, long placementId, long applicantId, long applicantRegionId, int rank,
                         String motivation, LocalDate from, LocalDate until, ExchangeApplicationStatus status,
                         @Nullable String comment, @Nullable Long endorsedBy, @Nullable Instant endorsedAt,
                         Instant appliedAt) {
            applications.add(id, callId, placementId, applicantId, applicantRegionId, rank, motivation, from, until,
                    status.name(), comment, endorsedBy, endorsedAt, appliedAt);
        }

        void allocation(long id, long callId, long placementId, long applicationId, long participantId, int placeNo,
                        LocalDate startsOn, LocalDate endsOn, long allocatedBy, Instant allocatedAt) {
            allocations.add(id, callId, placementId, applicationId, participantId, placeNo, startsOn, endsOn,
                    allocatedBy, allocatedAt);
        }

        void agreement(long allocationId, String objectives, String tasks, Acceptance a) {
            agreements.add(allocationId, objectives, tasks, 1, a.participantAt(), a.supervisor(), a.supervisorAt(),
                    a.coordinator(), a.coordinatorAt());
        }

        void log(long allocationId, LocalDate weekOf, String entry, @Nullable String supervisorComment, Instant at) {
            logs.add(allocationId, weekOf, entry, supervisorComment, at);
        }

        void report(long allocationId, Report r) {
            reports.add(allocationId, r.tasksDone(), r.skillsGained(), r.reportAt(), r.evaluation(), r.evaluatedBy(),
                    r.evaluatedAt(), r.sendingSignedBy(), r.sendingSignedAt(), r.hostSignedBy(), r.hostSignedAt());
        }

        @Override
        public void close() {
            List.of(calls, texts, rates, bands, placements, applications, allocations, agreements, logs, reports)
                    .forEach(Sink::close);
        }
    }
}
