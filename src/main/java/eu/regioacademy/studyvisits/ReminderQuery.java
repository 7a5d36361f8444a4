package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static eu.regioacademy.db.Tables.VISIT_ATTENDANCE;
import static eu.regioacademy.db.Tables.VISIT_FEEDBACK;
import static eu.regioacademy.db.Tables.VISIT_FOLLOW_UP;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Who is due a reminder today. Each kind is sent once per application (the notification's event key). */
@Repository
class ReminderQuery {

    record Due(long applicationId, long visitId, long userId, LocalDate startsOn) {
    }

    private final DSLContext db;

    ReminderQuery(DSLContext db) {
        this.db = db;
    }

    /** Confirmed participants of confirmed visits that start within the next days. */
    List<Due> startingSoon(LocalDate today, int daysAhead) {
        return db.select(VISIT_APPLICATION.ID, STUDY_VISIT.ID, VISIT_APPLICATION.APPLICANT_ID, STUDY_VISIT.STARTS_ON)
                .from(VISIT_APPLICATION).join(STUDY_VISIT).on(STUDY_VISIT.ID.eq(VISIT_APPLICATION.VISIT_ID))
                .where(STUDY_VISIT.STATUS.eq(VisitStatus.CONFIRMED.name())
                        .and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.CONFIRMED.name()))
                        .and(STUDY_VISIT.STARTS_ON.between(today, today.plusDays(daysAhead))))
                .orderBy(VISIT_APPLICATION.ID)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Attendees of completed visits who have not given feedback. */
    List<Due> feedbackMissing() {
        return attendeesOfCompleted()
                .andNotExists(DSL.selectOne().from(VISIT_FEEDBACK).where(VISIT_FEEDBACK.APPLICATION_ID.eq(VISIT_APPLICATION.ID)))
                .orderBy(VISIT_APPLICATION.ID)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Attendees of visits that ended the given months ago or earlier, who have not said what they applied. */
    List<Due> followUpDue(LocalDate today, int months) {
        return attendeesOfCompleted()
                .and(STUDY_VISIT.ENDS_ON.le(today.minusMonths(months)))
                .andNotExists(DSL.selectOne().from(VISIT_FOLLOW_UP).where(VISIT_FOLLOW_UP.APPLICATION_ID.eq(VISIT_APPLICATION.ID)))
                .orderBy(VISIT_APPLICATION.ID)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private org.jooq.SelectConditionStep<org.jooq.Record4<Long, Long, Long, LocalDate>> attendeesOfCompleted() {
        return db.select(VISIT_APPLICATION.ID, STUDY_VISIT.ID, VISIT_APPLICATION.APPLICANT_ID, STUDY_VISIT.STARTS_ON)
                .from(VISIT_APPLICATION).join(STUDY_VISIT).on(STUDY_VISIT.ID.eq(VISIT_APPLICATION.VISIT_ID))
                .where(STUDY_VISIT.STATUS.eq(VisitStatus.COMPLETED.name())
                        .and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.CONFIRMED.name())))
                .andExists(DSL.selectOne().from(VISIT_ATTENDANCE).where(VISIT_ATTENDANCE.APPLICATION_ID.eq(VISIT_APPLICATION.ID)));
    }
}
