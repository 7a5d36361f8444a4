package eu.regioacademy.studyvisits;

import eu.regioacademy.certificates.Achievement;
import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a completed visit's attendance into certificates and ledger entries, inside the
 * caller's transaction: each attendee's certificate (titled in their language, hours from
 * their days) and their "visit attended" entry are written together.
 */
@Component
class AttendanceCertificates {

    private final StudyVisitRepository visits;
    private final VisitRecordRepository records;
    private final RecipientQuery recipients;
    private final CertificateService certificates;
    private final ParticipationLedger ledger;
    private final Clock clock;

    AttendanceCertificates(StudyVisitRepository visits, VisitRecordRepository records, RecipientQuery recipients,
                           CertificateService certificates, ParticipationLedger ledger, Clock clock) {
        this.visits = visits;
        this.records = records;
        this.recipients = recipients;
        this.certificates = certificates;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return how many attendees got a certificate; zero when nobody attended */
    @Transactional(propagation = Propagation.MANDATORY)
    int issue(StudyVisitRepository.VisitRow visit) {
        List<VisitRecordRepository.Attendee> attendees = records.attendees(visit.id());
        if (attendees.isEmpty()) return 0;
        Instant endedAt = visit.endsOn().plusDays(1).atStartOfDay(ZoneId.of(visit.timeZone())).toInstant().minusSeconds(1);
        for (VisitRecordRepository.Attendee a : attendees) {
            String title = visits.titleIn(visit.id(), recipients.languageOf(a.userId()));
            certificates.issue(new Achievement(CertificateKind.STUDY_VISIT, a.userId(), title,
                    BigDecimal.valueOf((long) a.days() * VisitRules.HOURS_PER_VISIT_DAY), visit.endsOn(),
                    VisitRecordRepository.CERTIFICATE_SOURCE, a.applicationId()));
            ledger.record(new ParticipationEntry(a.userId(), ParticipationKind.VISIT_ATTENDED, endedAt,
                    BigDecimal.valueOf(a.days()), VisitRecordRepository.CERTIFICATE_SOURCE, a.applicationId()));
        }
        visits.markCertificatesIssued(visit.id(), clock.instant());
        return attendees.size();
    }
}
