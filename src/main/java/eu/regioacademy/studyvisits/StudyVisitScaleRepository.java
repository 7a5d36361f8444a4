package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_AGENDA_ITEM;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TEXT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_THEME;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TRAVEL_BAND;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static eu.regioacademy.db.Tables.VISIT_ATTENDANCE;
import static eu.regioacademy.db.Tables.VISIT_FEEDBACK;
import static eu.regioacademy.db.Tables.VISIT_FOLLOW_UP;

import eu.regioacademy.platform.db.BulkInsert;
import eu.regioacademy.platform.db.BulkInsert.Sink;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Bulk writes of generated study visits, their applications and what followed, for benchmarks at network scale. */
@Repository
class StudyVisitScaleRepository {

    private final BulkInsert bulk;

    StudyVisitScaleRepository(BulkInsert bulk) {
        this.bulk = bulk;
    }

    record FirstIds(long visit, long application) {
    }

    FirstIds firstIds() {
        return new FirstIds(bulk.nextId(STUDY_VISIT), bulk.nextId(VISIT_APPLICATION));
    }

    Writer writer() {
        Sink visits = bulk.into(STUDY_VISIT, STUDY_VISIT.ID, STUDY_VISIT.KIND, STUDY_VISIT.STATUS,
                STUDY_VISIT.HOST_REGION_ID, STUDY_VISIT.CITY, STUDY_VISIT.VENUE, STUDY_VISIT.STARTS_ON,
                STUDY_VISIT.ENDS_ON, STUDY_VISIT.TIME_ZONE, STUDY_VISIT.CAPACITY, STUDY_VISIT.APPLICATION_DEADLINE,
                STUDY_VISIT.WORKING_LANGUAGES, STUDY_VISIT.DAILY_ALLOWANCE, STUDY_VISIT.REPORT, STUDY_VISIT.REPORT_AT,
                STUDY_VISIT.CANCEL_REASON, STUDY_VISIT.CERTIFICATES_ISSUED_AT, STUDY_VISIT.CREATED_BY,
                STUDY_VISIT.CREATED_AT);
        Sink texts = bulk.into(STUDY_VISIT_TEXT, STUDY_VISIT_TEXT.VISIT_ID, STUDY_VISIT_TEXT.LANGUAGE,
                STUDY_VISIT_TEXT.TITLE, STUDY_VISIT_TEXT.DESCRIPTION).after(visits);
        Sink themes = bulk.into(STUDY_VISIT_THEME, STUDY_VISIT_THEME.VISIT_ID, STUDY_VISIT_THEME.THEME).after(visits);
        Sink bands = bulk.into(STUDY_VISIT_TRAVEL_BAND, STUDY_VISIT_TRAVEL_BAND.VISIT_ID, STUDY_VISIT_TRAVEL_BAND.UP_TO_KM,
                STUDY_VISIT_TRAVEL_BAND.AMOUNT).after(visits);
        Sink agenda = bulk.into(STUDY_VISIT_AGENDA_ITEM, STUDY_VISIT_AGENDA_ITEM.VISIT_ID, STUDY_VISIT_AGENDA_ITEM.DAY,
                STUDY_VISIT_AGENDA_ITEM.STARTS_AT, STUDY_VISIT_AGENDA_ITEM.ENDS_AT, STUDY_VISIT_AGENDA_ITEM.TITLE,
                STUDY_VISIT_AGENDA_ITEM.SPEAKER, STUDY_VISIT_AGENDA_ITEM.PLACE).after(visits);
        Sink applications = bulk.into(VISIT_APPLICATION, VISIT_APPLICATION.ID, VISIT_APPLICATION.VISIT_ID,
                VISIT_APPLICATION.APPLICANT_ID, VISIT_APPLICATION.APPLICANT_REGION_ID, VISIT_APPLICATION.MOTIVATION,
                VISIT_APPLICATION.TAKE_HOME, VISIT_APPLICATION.STATUS, VISIT_APPLICATION.ENDORSEMENT_COMMENT,
                VISIT_APPLICATION.ENDORSED_BY, VISIT_APPLICATION.ENDORSED_AT, VISIT_APPLICATION.PLACE_NO,
                VISIT_APPLICATION.WAITLIST_RANK, VISIT_APPLICATION.DECIDED_BY, VISIT_APPLICATION.DECIDED_AT,
                VISIT_APPLICATION.CONFIRMED_AT, VISIT_APPLICATION.APPLIED_AT).after(visits);
        Sink attendance = bulk.into(VISIT_ATTENDANCE, VISIT_ATTENDANCE.APPLICATION_ID, VISIT_ATTENDANCE.DAY,
                VISIT_ATTENDANCE.RECORDED_BY, VISIT_ATTENDANCE.RECORDED_AT).after(applications);
        Sink feedback = bulk.into(VISIT_FEEDBACK, VISIT_FEEDBACK.APPLICATION_ID, VISIT_FEEDBACK.RATING,
                VISIT_FEEDBACK.LEARNED, VISIT_FEEDBACK.WILL_APPLY, VISIT_FEEDBACK.SUBMITTED_AT).after(applications);
        Sink followUps = bulk.into(VISIT_FOLLOW_UP, VISIT_FOLLOW_UP.APPLICATION_ID, VISIT_FOLLOW_UP.APPLIED,
                VISIT_FOLLOW_UP.ANSWERED_AT).after(applications);
        return new Writer(visits, texts, themes, bands, agenda, applications, attendance, feedback, followUps);
    }

    /** An application's decision fields, as the endorsement and the host's selection leave them. */
    record Decision(ApplicationStatus status, @Nullable Long endorsedBy, @Nullable Instant endorsedAt,
                    @Nullable String endorsementComment, @Nullable Integer placeNo, @Nullable Integer waitlistRank,
                    @Nullable Long decidedBy, @Nullable Instant decidedAt, @Nullable Instant confirmedAt) {
    }

    /** Typed rows for each table; only sinks here, the tables are named by the repository. */
    record Writer(Sink visits, Sink texts, Sink themes, Sink bands, Sink agenda, Sink applications, Sink attendance,
                  Sink feedback, Sink followUps) implements AutoCloseable {

        void visit(long id, VisitKind kind, VisitStatus status, long hostRegionId, String city, String venue,
                   LocalDate startsOn, LocalDate endsOn, String timeZone, int capacity, Instant deadline,
                   String languages, BigDecimal dailyAllowance, @Nullable String report, @Nullable Instant reportAt,
                   @Nullable String cancelReason, @Nullable Instant certificatesIssuedAt, long createdBy,
                   Instant createdAt) {
            visits.add(id, kind.name(), status.name(), hostRegionId, city, venue, startsOn, endsOn, timeZone, capacity,
                    deadline, languages, dailyAllowance, report, reportAt, cancelReason, certificatesIssuedAt, createdBy,
                    createdAt);
        }

        void text(long visitId, String language, String title, String description) {
            texts.add(visitId, language, title, description);
        }

        void theme(long visitId, String theme) {
            themes.add(visitId, theme);
        }

        void travelBand(long visitId, int upToKm, BigDecimal amount) {
            bands.add(visitId, upToKm, amount);
        }

        void agendaItem(long visitId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, String speaker,
                        String place) {
            agenda.add(visitId, day, startsAt, endsAt, title, speaker, place);
        }

        void application(long id, long visitId, long applicantId, long applicantRegionId, String motivation,
                         String takeHome, Instant appliedAt, Decision d) {
            applications.add(id, visitId, applicantId, applicantRegionId, motivation, takeHome, d.status().name(),
                    d.endorsementComment(), d.endorsedBy(), d.endorsedAt(), d.placeNo(), d.waitlistRank(), d.decidedBy(),
                    d.decidedAt(), d.confirmedAt(), appliedAt);
        }

        void attended(long applicationId, LocalDate day, long recordedBy, Instant recordedAt) {
            attendance.add(applicationId, day, recordedBy, recordedAt);
        }

        void feedback(long applicationId, int rating, String learned, String willApply, Instant at) {
            feedback.add(applicationId, rating, learned, willApply, at);
        }

        void followUp(long applicationId, String applied, Instant at) {
            followUps.add(applicationId, applied, at);
        }

        @Override
        public void close() {
            List.of(visits, texts, themes, bands, agenda, applications, attendance, feedback, followUps)
                    .forEach(Sink::close);
        }
    }
}
