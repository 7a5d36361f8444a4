package eu.regioacademy.studyvisits;

import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After the visit: attendance, certificates in one action, feedback and the three-month follow-up. */
@Service
public class VisitRecordService {

    private final StudyVisitRepository visits;
    private final ApplicationRepository applications;
    private final VisitRecordRepository records;
    private final VisitAccess access;
    private final AttendanceCertificates attendanceCertificates;
    private final ParticipationLedger ledger;
    private final Clock clock;

    VisitRecordService(StudyVisitRepository visits, ApplicationRepository applications, VisitRecordRepository records,
                       VisitAccess access, AttendanceCertificates attendanceCertificates, ParticipationLedger ledger,
                       Clock clock) {
        this.visits = visits;
        this.applications = applications;
        this.records = records;
        this.access = access;
        this.attendanceCertificates = attendanceCertificates;
        this.ledger = ledger;
        this.clock = clock;
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional(readOnly = true)
    public AttendanceSheet attendance(long visitId) {
        StudyVisitRepository.VisitRow visit = visits.find(visitId).orElseThrow(() -> StudyVisitService.notFound(visitId));
        access.requireHost(visit.hostRegionId());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = visit.startsOn(); !d.isAfter(visit.endsOn()); d = d.plusDays(1)) days.add(d);
        return new AttendanceSheet(days, records.sheet(visitId), visit.certificatesIssuedAt() != null);
    }

    /** Marks a confirmed participant present or absent on a day of the visit that has come. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void setAttendance(long applicationId, LocalDate day, boolean present) {
        ApplicationRepository.ApplicationRow app = applications.find(applicationId)
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        StudyVisitRepository.VisitRow visit = visits.lock(app.visitId()).orElseThrow();
        SignedInUser host = access.requireHost(visit.hostRegionId());
        if (visit.status() != VisitStatus.CONFIRMED && visit.status() != VisitStatus.COMPLETED) {
            throw InvalidInputException.of("attendance", "attendance.error.not-confirmed");
        }
        if (visit.certificatesIssuedAt() != null) throw InvalidInputException.of("attendance", "attendance.error.certificates-issued");
        if (app.status() != ApplicationStatus.CONFIRMED) throw InvalidInputException.of("attendance", "attendance.error.not-participant");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(visit.timeZone())));
        if (!VisitRules.within(day, visit.startsOn(), visit.endsOn()) || day.isAfter(today)) {
            throw InvalidInputException.of("attendance", "attendance.error.day");
        }
        if (present) records.mark(applicationId, day, host.id(), clock.instant());
        else records.unmark(applicationId, day);
    }

    /**
     * Every attendee of a completed visit gets a participation certificate and a ledger
     * entry with their days, together; attendance is final from then on.
     *
     * @return how many certificates were issued
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public int issueCertificates(long visitId) {
        StudyVisitRepository.VisitRow visit = visits.lock(visitId).orElseThrow(() -> StudyVisitService.notFound(visitId));
        access.requireHost(visit.hostRegionId());
        if (visit.status() != VisitStatus.COMPLETED) throw InvalidInputException.of("certificates", "attendance.error.not-completed");
        if (visit.certificatesIssuedAt() != null) throw InvalidInputException.of("certificates", "attendance.error.certificates-issued");
        int issued = attendanceCertificates.issue(visit);
        if (issued == 0) throw InvalidInputException.of("certificates", "attendance.error.nobody-attended");
        return issued;
    }

    /** What participants said, for the visit's hosts and the secretariat. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional(readOnly = true)
    public List<FeedbackAnswer> feedback(long visitId) {
        access.requireHost(visits.find(visitId).orElseThrow(() -> StudyVisitService.notFound(visitId)).hostRegionId());
        return records.feedback(visitId);
    }

    /** An attendee's feedback on a completed visit, once. */
    @PermitAll
    @Transactional
    public void giveFeedback(long applicationId, int rating, String learned, String willApply) {
        ApplicationRepository.ApplicationRow app = ownAttended(applicationId);
        StudyVisitRepository.VisitRow visit = visits.find(app.visitId()).orElseThrow();
        if (visit.status() != VisitStatus.COMPLETED) throw InvalidInputException.of("feedback", "feedback.error.not-completed");
        if (rating < 1 || rating > 5) throw InvalidInputException.of("rating", "feedback.error.rating");
        String l = VisitRules.text(learned, "learned", true);
        String w = VisitRules.text(willApply, "willApply", true);
        if (!records.insertFeedback(applicationId, rating, l, w, clock.instant())) {
            throw InvalidInputException.of("feedback", "feedback.error.already-given");
        }
    }

    /** What the attendee actually applied at home, answered once from three months after the visit. */
    @PermitAll
    @Transactional
    public void answerFollowUp(long applicationId, String applied) {
        ApplicationRepository.ApplicationRow app = ownAttended(applicationId);
        StudyVisitRepository.VisitRow visit = visits.find(app.visitId()).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(visit.timeZone())));
        if (visit.status() != VisitStatus.COMPLETED || visit.endsOn().plusMonths(VisitRules.FOLLOW_UP_MONTHS).isAfter(today)) {
            throw InvalidInputException.of("applied", "follow-up.error.not-due");
        }
        String text = VisitRules.text(applied, "applied", true);
        if (!records.insertFollowUp(applicationId, text, clock.instant())) {
            throw InvalidInputException.of("applied", "follow-up.error.already-answered");
        }
        ledger.record(new ParticipationEntry(app.applicantId(), ParticipationKind.VISIT_FOLLOW_UP_ANSWERED, clock.instant(),
                BigDecimal.ZERO, VisitRecordRepository.CERTIFICATE_SOURCE, applicationId));
    }

    private ApplicationRepository.ApplicationRow ownAttended(long applicationId) {
        ApplicationRepository.ApplicationRow app = applications.find(applicationId)
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        if (app.applicantId() != access.user().id()) throw new AccessDeniedException("Not the applicant");
        if (records.attendedDays(applicationId) == 0) throw InvalidInputException.of("feedback", "feedback.error.not-attended");
        return app;
    }
}
