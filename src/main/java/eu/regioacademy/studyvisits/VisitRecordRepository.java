package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static eu.regioacademy.db.Tables.VISIT_ATTENDANCE;
import static eu.regioacademy.db.Tables.VISIT_FEEDBACK;
import static eu.regioacademy.db.Tables.VISIT_FOLLOW_UP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** What happened at and after a visit: attendance per day, feedback, the follow-up answer. */
@Repository
class VisitRecordRepository {

    static final String CERTIFICATE_SOURCE = "visit_application";

    record Attendee(long applicationId, long userId, int days) {
    }

    private final DSLContext db;

    VisitRecordRepository(DSLContext db) {
        this.db = db;
    }

    List<AttendanceSheet.Row> sheet(long visitId) {
        Map<Long, Set<LocalDate>> present = new HashMap<>();
        db.select(VISIT_ATTENDANCE.APPLICATION_ID, VISIT_ATTENDANCE.DAY).from(VISIT_ATTENDANCE)
                .join(VISIT_APPLICATION).on(VISIT_APPLICATION.ID.eq(VISIT_ATTENDANCE.APPLICATION_ID))
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId))
                .forEach(r -> present.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return db.select(VISIT_APPLICATION.ID, APP_USER.DISPLAY_NAME, REGION.NAME, CERTIFICATE.CODE)
                .from(VISIT_APPLICATION).join(APP_USER).on(APP_USER.ID.eq(VISIT_APPLICATION.APPLICANT_ID))
                .join(REGION).on(REGION.ID.eq(VISIT_APPLICATION.APPLICANT_REGION_ID))
                .leftJoin(CERTIFICATE).on(CERTIFICATE.SOURCE_TYPE.eq(CERTIFICATE_SOURCE)
                        .and(CERTIFICATE.SOURCE_ID.eq(VISIT_APPLICATION.ID)))
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId)
                        .and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.CONFIRMED.name())))
                .orderBy(APP_USER.DISPLAY_NAME, VISIT_APPLICATION.ID)
                .fetch(r -> new AttendanceSheet.Row(r.value1(), r.value2(), r.value3(),
                        Set.copyOf(present.getOrDefault(r.value1(), Set.of())), r.value4()));
    }

    void mark(long applicationId, LocalDate day, long by, Instant at) {
        db.insertInto(VISIT_ATTENDANCE).set(VISIT_ATTENDANCE.APPLICATION_ID, applicationId).set(VISIT_ATTENDANCE.DAY, day)
                .set(VISIT_ATTENDANCE.RECORDED_BY, by).set(VISIT_ATTENDANCE.RECORDED_AT, at)
                .onDuplicateKeyIgnore().execute();
    }

    void unmark(long applicationId, LocalDate day) {
        db.deleteFrom(VISIT_ATTENDANCE)
                .where(VISIT_ATTENDANCE.APPLICATION_ID.eq(applicationId).and(VISIT_ATTENDANCE.DAY.eq(day))).execute();
    }

    /** Confirmed participants present on at least one day, with how many days. */
    List<Attendee> attendees(long visitId) {
        var days = org.jooq.impl.DSL.count(VISIT_ATTENDANCE.DAY);
        return db.select(VISIT_APPLICATION.ID, VISIT_APPLICATION.APPLICANT_ID, days)
                .from(VISIT_APPLICATION).join(VISIT_ATTENDANCE).on(VISIT_ATTENDANCE.APPLICATION_ID.eq(VISIT_APPLICATION.ID))
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId).and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.CONFIRMED.name())))
                .groupBy(VISIT_APPLICATION.ID, VISIT_APPLICATION.APPLICANT_ID)
                .orderBy(VISIT_APPLICATION.ID)
                .fetch(r -> new Attendee(r.value1(), r.value2(), r.value3()));
    }

    int attendedDays(long applicationId) {
        return db.fetchCount(VISIT_ATTENDANCE, VISIT_ATTENDANCE.APPLICATION_ID.eq(applicationId));
    }

    /** @return false when feedback was already given */
    boolean insertFeedback(long applicationId, int rating, String learned, String willApply, Instant at) {
        return db.insertInto(VISIT_FEEDBACK).set(VISIT_FEEDBACK.APPLICATION_ID, applicationId)
                .set(VISIT_FEEDBACK.RATING, (byte) rating).set(VISIT_FEEDBACK.LEARNED, learned.strip())
                .set(VISIT_FEEDBACK.WILL_APPLY, willApply.strip()).set(VISIT_FEEDBACK.SUBMITTED_AT, at)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** @return false when the follow-up was already answered */
    boolean insertFollowUp(long applicationId, String applied, Instant at) {
        return db.insertInto(VISIT_FOLLOW_UP).set(VISIT_FOLLOW_UP.APPLICATION_ID, applicationId)
                .set(VISIT_FOLLOW_UP.APPLIED, applied.strip()).set(VISIT_FOLLOW_UP.ANSWERED_AT, at)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    List<FeedbackAnswer> feedback(long visitId) {
        return db.select(VISIT_FEEDBACK.RATING, VISIT_FEEDBACK.LEARNED, VISIT_FEEDBACK.WILL_APPLY, VISIT_FOLLOW_UP.APPLIED)
                .from(VISIT_FEEDBACK).join(VISIT_APPLICATION).on(VISIT_APPLICATION.ID.eq(VISIT_FEEDBACK.APPLICATION_ID))
                .leftJoin(VISIT_FOLLOW_UP).on(VISIT_FOLLOW_UP.APPLICATION_ID.eq(VISIT_FEEDBACK.APPLICATION_ID))
                .where(VISIT_APPLICATION.VISIT_ID.eq(visitId))
                .orderBy(VISIT_FEEDBACK.SUBMITTED_AT)
                .fetch(r -> new FeedbackAnswer(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
