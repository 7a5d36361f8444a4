package eu.regioacademy.privacy;

import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request (GDPR art. 17), by an ADMIN, in one transaction: live commitments are
 * withdrawn (pending applications, active pairings, future sessions), private notes and
 * notifications deleted, certificates revoked with {@link CertificateFacts#ERASED_REASON}, free
 * texts and the account anonymised so the person can never sign in again; the participation
 * ledger keeps its rows, so every count stays as it was. The erasure itself is on the audit log.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class ErasureService {

    private final ErasureRepository erasure;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ErasureService(ErasureRepository erasure, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.erasure = erasure;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PersonToErase> find(String email) {
        return erasure.findByEmail(normalise(email))
                .map(p -> new PersonToErase(p.id(), p.email(), p.displayName(), p.regionName(), p.erased()));
    }

    /**
     * Erases the person, if the admin typed their e-mail address again (the confirmation that
     * this is the person meant).
     */
    @Transactional
    public ErasureReport erase(long userId, String typedEmail) {
        long admin = currentUser.require().id();
        if (userId == admin) throw InvalidInputException.of("email", "erasure.error.self");
        ErasureRepository.Person person = erasure.lock(userId)
                .orElseThrow(() -> InvalidInputException.of("email", "erasure.error.unknown"));
        if (person.erased()) throw InvalidInputException.of("email", "erasure.error.already");
        if (!person.email().equals(normalise(typedEmail))) throw InvalidInputException.of("email", "erasure.error.mismatch");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String reason = CertificateFacts.ERASED_REASON;
        int applications = erasure.withdrawVisitApplications(userId, today) + erasure.withdrawExchangeApplications(userId)
                + erasure.withdrawMentoringRequests(userId);
        int sessions = erasure.cancelFutureSessions(userId, now, reason);
        int pairings = erasure.closePairings(userId, admin, now, reason);
        int notes = erasure.deleteSessionNotes(userId);
        int notifications = erasure.deleteNotifications(userId);
        erasure.deleteCalendarFeed(userId);
        int certificates = erasure.revokeCertificates(userId, admin, now);
        erasure.eraseTexts(userId);
        erasure.anonymiseAccount(userId, now);
        ErasureReport report = new ErasureReport(userId, applications, pairings, sessions, notes, notifications, certificates);
        audit.record(AuditAction.PERSON_ERASED, "app_user", userId, report.auditDetail());
        return report;
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
