package eu.regioacademy.privacy;

import static eu.regioacademy.db.Tables.*;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Everything stored about one person, section by section, as plain maps of column to value:
 * each table's own columns (so a new column is exported without anyone remembering to), minus
 * secrets (the password hash, the calendar token) and the certificate PDF bytes.
 */
@Repository
class PersonalDataQuery {

    private static final Set<Field<?>> LEFT_OUT = Set.of(APP_USER.PASSWORD_HASH, CALENDAR_FEED.TOKEN, CERTIFICATE.PDF);

    private final DSLContext db;

    PersonalDataQuery(DSLContext db) {
        this.db = db;
    }

    Map<String, Object> of(long userId) {
        var enrolments = DSL.select(ENROLMENT.ID).from(ENROLMENT).where(ENROLMENT.USER_ID.eq(userId));
        var attempts = DSL.select(QUIZ_ATTEMPT.ID).from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ENROLMENT_ID.in(enrolments));
        var visitApplications = DSL.select(VISIT_APPLICATION.ID).from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.APPLICANT_ID.eq(userId));
        var allocations = DSL.select(EXCHANGE_ALLOCATION.ID).from(EXCHANGE_ALLOCATION)
                .where(EXCHANGE_ALLOCATION.PARTICIPANT_ID.eq(userId));
        var pairings = DSL.select(MENTORING_PAIRING.ID).from(MENTORING_PAIRING)
                .where(MENTORING_PAIRING.MENTOR_ID.eq(userId).or(MENTORING_PAIRING.MENTEE_ID.eq(userId)));
        var sessions = DSL.select(MENTORING_SESSION.ID).from(MENTORING_SESSION).where(MENTORING_SESSION.PAIRING_ID.in(pairings));

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("profile", rows(APP_USER, APP_USER.ID.eq(userId)).stream().findFirst().orElse(Map.of()));
        data.put("region", db.select(REGION.NUTS_CODE, REGION.NAME, REGION.COUNTRY_CODE).from(REGION)
                .where(REGION.ID.eq(DSL.select(APP_USER.REGION_ID).from(APP_USER).where(APP_USER.ID.eq(userId))))
                .fetchMaps().stream().findFirst().orElse(Map.of()));
        data.put("roles", db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId))
                .orderBy(USER_ROLE.ROLE).fetch(USER_ROLE.ROLE));
        data.put("enrolments", rows(ENROLMENT, ENROLMENT.USER_ID.eq(userId)));
        data.put("lessonProgress", rows(LESSON_PROGRESS, LESSON_PROGRESS.ENROLMENT_ID.in(enrolments)));
        data.put("quizAttempts", rows(QUIZ_ATTEMPT, QUIZ_ATTEMPT.ENROLMENT_ID.in(enrolments)));
        data.put("quizAnswers", rows(QUIZ_ANSWER, QUIZ_ANSWER.ATTEMPT_ID.in(attempts)));
        data.put("studyVisitApplications", rows(VISIT_APPLICATION, VISIT_APPLICATION.APPLICANT_ID.eq(userId)));
        data.put("studyVisitAttendance", rows(VISIT_ATTENDANCE, VISIT_ATTENDANCE.APPLICATION_ID.in(visitApplications)));
        data.put("studyVisitFeedback", rows(VISIT_FEEDBACK, VISIT_FEEDBACK.APPLICATION_ID.in(visitApplications)));
        data.put("studyVisitFollowUps", rows(VISIT_FOLLOW_UP, VISIT_FOLLOW_UP.APPLICATION_ID.in(visitApplications)));
        data.put("exchangeApplications", rows(EXCHANGE_APPLICATION, EXCHANGE_APPLICATION.APPLICANT_ID.eq(userId)));
        data.put("placements", rows(EXCHANGE_ALLOCATION, EXCHANGE_ALLOCATION.PARTICIPANT_ID.eq(userId)));
        data.put("learningAgreements", rows(LEARNING_AGREEMENT, LEARNING_AGREEMENT.ALLOCATION_ID.in(allocations)));
        data.put("placementLogs", rows(EXCHANGE_LOG, EXCHANGE_LOG.ALLOCATION_ID.in(allocations)));
        data.put("placementReports", rows(EXCHANGE_REPORT, EXCHANGE_REPORT.ALLOCATION_ID.in(allocations)));
        data.put("mentorProfile", rows(MENTOR_PROFILE, MENTOR_PROFILE.USER_ID.eq(userId)));
        data.put("mentorTopics", db.select(MENTOR_TOPIC.TOPIC).from(MENTOR_TOPIC).where(MENTOR_TOPIC.USER_ID.eq(userId))
                .orderBy(MENTOR_TOPIC.TOPIC).fetch(MENTOR_TOPIC.TOPIC));
        data.put("mentorLanguages", rows(MENTOR_LANGUAGE, MENTOR_LANGUAGE.USER_ID.eq(userId)));
        data.put("mentorAvailability", rows(MENTOR_AVAILABILITY, MENTOR_AVAILABILITY.USER_ID.eq(userId)));
        data.put("mentoringRequests", rows(MENTORING_REQUEST, MENTORING_REQUEST.MENTEE_ID.eq(userId)));
        data.put("pairings", rows(MENTORING_PAIRING, MENTORING_PAIRING.ID.in(pairings)));
        data.put("mentoringAgreements", rows(MENTORING_AGREEMENT, MENTORING_AGREEMENT.PAIRING_ID.in(pairings)));
        data.put("mentoringGoals", rows(MENTORING_GOAL, MENTORING_GOAL.PAIRING_ID.in(pairings)));
        data.put("mentoringSessions", rows(MENTORING_SESSION, MENTORING_SESSION.PAIRING_ID.in(pairings)));
        data.put("sessionNotes", rows(MENTORING_SESSION_NOTE, MENTORING_SESSION_NOTE.SESSION_ID.in(sessions)));
        data.put("mentoringFeedback", rows(MENTORING_FEEDBACK, MENTORING_FEEDBACK.USER_ID.eq(userId)));
        data.put("calendarFeed", rows(CALENDAR_FEED, CALENDAR_FEED.USER_ID.eq(userId)));
        data.put("certificates", rows(CERTIFICATE, CERTIFICATE.HOLDER_ID.eq(userId)));
        data.put("ledgerEntries", rows(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.USER_ID.eq(userId)));
        data.put("notifications", rows(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(userId)));
        data.put("decisionsRecorded", rows(AUDIT_LOG, AUDIT_LOG.ACTOR_ID.eq(userId)));
        return data;
    }

    private List<Map<String, Object>> rows(Table<?> table, Condition condition) {
        List<Field<?>> fields = java.util.Arrays.stream(table.fields()).filter(f -> !LEFT_OUT.contains(f)).toList();
        return db.select(fields).from(table).where(condition).orderBy(fields.getFirst()).fetch(r -> row(r, fields));
    }

    /** Times and dates as ISO text, numbers as numbers: what any JSON reader understands. */
    private static Map<String, Object> row(Record record, List<Field<?>> fields) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field<?> field : fields) {
            Object value = record.get(field);
            if (value instanceof TemporalAccessor || value instanceof BigDecimal) value = value.toString();
            if (value instanceof byte[]) continue;
            row.put(field.getName(), value);
        }
        return row;
    }
}
