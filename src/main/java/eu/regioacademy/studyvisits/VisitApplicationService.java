package eu.regioacademy.studyvisits;

import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.TextRules;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying, endorsing and selecting. Every decision first locks the visit's row, so
 * decisions on one visit happen one after another: two hosts selecting at once can
 * never give away more places than the visit has.
 */
@Service
public class VisitApplicationService {

    private static final Set<ApplicationStatus> SELECTABLE = EnumSet.of(ApplicationStatus.ENDORSED,
            ApplicationStatus.WAITLISTED, ApplicationStatus.NOT_SELECTED);

    private final StudyVisitRepository visits;
    private final ApplicationRepository applications;
    private final RecipientQuery recipients;
    private final VisitAccess access;
    private final VisitNotifications notifications;
    private final Clock clock;
    private final AuditLog audit;

    VisitApplicationService(StudyVisitRepository visits, ApplicationRepository applications, RecipientQuery recipients,
                            VisitAccess access, VisitNotifications notifications, Clock clock, AuditLog audit) {
        this.visits = visits;
        this.applications = applications;
        this.recipients = recipients;
        this.access = access;
        this.notifications = notifications;
        this.clock = clock;
        this.audit = audit;
    }

    /** One application per person and visit, only while the visit is open and before its deadline. */
    @PermitAll
    @Transactional
    public long apply(long visitId, String motivation, String takeHome) {
        SignedInUser user = access.user();
        String why = VisitRules.text(motivation, "motivation", true);
        String what = VisitRules.text(takeHome, "takeHome", false);
        StudyVisitRepository.VisitRow visit = visits.lock(visitId).orElseThrow(() -> StudyVisitService.notFound(visitId));
        if (visit.status() != VisitStatus.OPEN) throw InvalidInputException.of("visit", "application.error.not-open");
        if (!clock.instant().isBefore(visit.applicationDeadline())) {
            throw InvalidInputException.of("visit", "application.error.deadline-passed");
        }
        long id = applications.insertIfAbsent(visitId, user.id(), user.regionId(), why, what)
                .orElseThrow(() -> InvalidInputException.of("visit", "application.error.already-applied"));
        for (long coordinator : recipients.coordinatorsOf(user.regionId())) {
            notifications.tell(coordinator, "visit-application-received:" + id, "notification.visit.application-received",
                    visitId, user.displayName());
        }
        return id;
    }

    /** The applicant's own applications, newest visit first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<MyApplication> mine(String language, PageRequest page) {
        SignedInUser user = access.user();
        return applications.mine(user.id(), null, language, LocalDate.now(clock), page.offset(), page.limit());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int countMine() {
        return applications.countMine(access.user().id());
    }

    @PermitAll
    @Transactional
    public void confirm(long applicationId) {
        ApplicationRepository.ApplicationRow app = own(applicationId);
        StudyVisitRepository.VisitRow visit = visits.lock(app.visitId()).orElseThrow();
        app = applications.lock(applicationId).orElseThrow();
        if (app.status() != ApplicationStatus.SELECTED || !visit.status().selecting()) {
            throw InvalidInputException.of("application", "application.error.cannot-confirm");
        }
        applications.confirm(applicationId, clock.instant());
    }

    /** The applicant steps back; a place they held goes to the next on the waiting list. */
    @PermitAll
    @Transactional
    public void withdraw(long applicationId) {
        ApplicationRepository.ApplicationRow app = own(applicationId);
        StudyVisitRepository.VisitRow visit = visits.lock(app.visitId()).orElseThrow();
        app = applications.lock(applicationId).orElseThrow();
        if (!visit.status().selecting() || EnumSet.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.DECLINED,
                ApplicationStatus.NOT_SELECTED).contains(app.status())) {
            throw InvalidInputException.of("application", "application.error.cannot-withdraw");
        }
        applications.withdraw(applicationId);
        if (app.status().holdsPlace()) offerFreedPlace(visit);
    }

    // --- the applicant's regional coordinator ---

    @RolesAllowed(Roles.COORDINATOR)
    @Transactional(readOnly = true)
    public List<EndorsementRequest> endorsementRequests(boolean pendingOnly, String language, PageRequest page) {
        SignedInUser user = access.user();
        return applications.forCoordinator(user.regionId(), pendingOnly, language, page.offset(), page.limit());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @Transactional(readOnly = true)
    public int countEndorsementRequests(boolean pendingOnly) {
        return applications.countForCoordinator(access.user().regionId(), pendingOnly);
    }

    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    public void endorse(long applicationId, @Nullable String comment) {
        endorsement(applicationId, ApplicationStatus.ENDORSED, comment);
    }

    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    public void decline(long applicationId, String comment) {
        if (comment.isBlank()) throw InvalidInputException.of("comment", "application.error.comment-required");
        endorsement(applicationId, ApplicationStatus.DECLINED, comment);
    }

    /** Only the coordinator of the applicant's own region gives or refuses the endorsement. */
    private void endorsement(long applicationId, ApplicationStatus decision, @Nullable String comment) {
        SignedInUser coordinator = access.user();
        ApplicationRepository.ApplicationRow app = applications.find(applicationId)
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        if (app.applicantRegionId() != coordinator.regionId()) {
            throw new AccessDeniedException("Not the applicant's coordinator");
        }
        if (comment != null) TextRules.require("comment", comment.strip(), 1000);
        String text = comment == null || comment.isBlank() ? null : VisitRules.text(comment, "comment", false);
        StudyVisitRepository.VisitRow visit = visits.lock(app.visitId()).orElseThrow();
        app = applications.lock(applicationId).orElseThrow();
        if (app.status() != ApplicationStatus.PENDING) throw InvalidInputException.of("application", "application.error.already-decided");
        if (!visit.status().selecting()) throw InvalidInputException.of("application", "application.error.visit-closed");
        applications.endorse(applicationId, decision, text, coordinator.id(), clock.instant());
        audit.record(decision == ApplicationStatus.DECLINED ? AuditAction.APPLICATION_DECLINED : AuditAction.APPLICATION_ENDORSED,
                "visit_application", applicationId, "study visit " + visit.id());
        if (decision == ApplicationStatus.DECLINED) {
            notifications.tell(app.applicantId(), "visit-application:" + applicationId + ":DECLINED",
                    "notification.visit.declined", visit.id(), text);
        } else {
            notifications.tell(app.applicantId(), "visit-application:" + applicationId + ":ENDORSED",
                    "notification.visit.endorsed", visit.id());
        }
    }

    // --- the host (or the secretariat) ---

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional(readOnly = true)
    public List<HostApplication> applicationsOf(long visitId, PageRequest page) {
        access.requireHost(visits.find(visitId).orElseThrow(() -> StudyVisitService.notFound(visitId)).hostRegionId());
        return applications.forHost(visitId, page.offset(), page.limit());
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional(readOnly = true)
    public int countApplicationsOf(long visitId) {
        access.requireHost(visits.find(visitId).orElseThrow(() -> StudyVisitService.notFound(visitId)).hostRegionId());
        return applications.countForHost(visitId);
    }

    /** Gives an endorsed (or waiting) applicant a place, if one is free. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void select(long applicationId) {
        Decision d = hostDecision(applicationId);
        if (!SELECTABLE.contains(d.app().status())) throw InvalidInputException.of("application", "application.error.not-selectable");
        OptionalInt place = applications.freePlace(d.visit().id(), d.visit().capacity());
        if (place.isEmpty()) throw InvalidInputException.of("capacity", "application.error.visit-full");
        applications.decide(applicationId, ApplicationStatus.SELECTED, place.getAsInt(), null, d.host(), clock.instant());
        audit.record(AuditAction.APPLICATION_SELECTED, "visit_application", applicationId,
                "study visit " + d.visit().id() + ", place " + place.getAsInt());
        notifications.tell(d.app().applicantId(), "visit-application:" + applicationId + ":SELECTED",
                "notification.visit.selected", d.visit().id());
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void waitlist(long applicationId) {
        Decision d = hostDecision(applicationId);
        if (d.app().status() != ApplicationStatus.ENDORSED && d.app().status() != ApplicationStatus.NOT_SELECTED) {
            throw InvalidInputException.of("application", "application.error.not-selectable");
        }
        int rank = applications.nextWaitlistRank(d.visit().id());
        applications.decide(applicationId, ApplicationStatus.WAITLISTED, null, rank, d.host(), clock.instant());
        audit.record(AuditAction.APPLICATION_WAITLISTED, "visit_application", applicationId,
                "study visit " + d.visit().id() + ", rank " + rank);
        notifications.tell(d.app().applicantId(), "visit-application:" + applicationId + ":WAITLISTED",
                "notification.visit.waitlisted", d.visit().id(), rank);
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void reject(long applicationId) {
        Decision d = hostDecision(applicationId);
        if (d.app().status() != ApplicationStatus.ENDORSED && d.app().status() != ApplicationStatus.WAITLISTED) {
            throw InvalidInputException.of("application", "application.error.not-selectable");
        }
        applications.decide(applicationId, ApplicationStatus.NOT_SELECTED, null, null, d.host(), clock.instant());
        audit.record(AuditAction.APPLICATION_REJECTED, "visit_application", applicationId, "study visit " + d.visit().id());
        notifications.tell(d.app().applicantId(), "visit-application:" + applicationId + ":NOT_SELECTED",
                "notification.visit.not-selected", d.visit().id());
    }

    /** The host cancels a participant's place (they cannot come); it goes to the next on the waiting list. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void cancelPlace(long applicationId) {
        Decision d = hostDecision(applicationId);
        if (!d.app().status().holdsPlace()) throw InvalidInputException.of("application", "application.error.no-place");
        applications.withdraw(applicationId);
        audit.record(AuditAction.PLACE_CANCELLED, "visit_application", applicationId, "study visit " + d.visit().id());
        notifications.tell(d.app().applicantId(), "visit-application:" + applicationId + ":WITHDRAWN",
                "notification.visit.place-cancelled", d.visit().id());
        offerFreedPlace(d.visit());
    }

    /** Moves a waiting applicant one step up (or down) the waiting list. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void moveOnWaitlist(long applicationId, boolean up) {
        Decision d = hostDecision(applicationId);
        if (d.app().status() != ApplicationStatus.WAITLISTED || d.app().waitlistRank() == null) {
            throw InvalidInputException.of("application", "application.error.not-waitlisted");
        }
        int rank = d.app().waitlistRank();
        applications.waitlistNeighbour(d.visit().id(), rank, up).ifPresent(other -> {
            applications.setWaitlistRank(other.id(), rank);
            applications.setWaitlistRank(applicationId, java.util.Objects.requireNonNull(other.waitlistRank()));
        });
    }

    private record Decision(StudyVisitRepository.VisitRow visit, ApplicationRepository.ApplicationRow app, long host) {
    }

    private Decision hostDecision(long applicationId) {
        ApplicationRepository.ApplicationRow app = applications.find(applicationId)
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        StudyVisitRepository.VisitRow visit = visits.lock(app.visitId()).orElseThrow();
        SignedInUser host = access.requireHost(visit.hostRegionId());
        if (!visit.status().selecting()) throw InvalidInputException.of("application", "application.error.visit-closed");
        return new Decision(visit, applications.lock(applicationId).orElseThrow(), host.id());
    }

    /** A freed place goes to the first on the waiting list, who is told and asked to confirm. */
    private void offerFreedPlace(StudyVisitRepository.VisitRow visit) {
        applications.firstOnWaitlist(visit.id()).ifPresent(next -> {
            OptionalInt place = applications.freePlace(visit.id(), visit.capacity());
            if (place.isEmpty()) return;
            Instant now = clock.instant();
            applications.decide(next.id(), ApplicationStatus.SELECTED, place.getAsInt(), null, null, now);
            notifications.tell(next.applicantId(), "visit-application:" + next.id() + ":SELECTED",
                    "notification.visit.place-offered", visit.id());
        });
    }

    private ApplicationRepository.ApplicationRow own(long applicationId) {
        ApplicationRepository.ApplicationRow app = applications.find(applicationId)
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        if (app.applicantId() != access.user().id()) throw new AccessDeniedException("Not the applicant");
        return app;
    }
}
