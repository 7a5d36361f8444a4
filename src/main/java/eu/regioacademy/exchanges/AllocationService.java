package eu.regioacademy.exchanges;

import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.certificates.Achievement;
import eu.regioacademy.certificates.CertificateDetail;
import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.Notifier;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation (places never exceeded, one placement per person and call, no overlapping
 * placements across calls), the three-party learning agreement, weekly logs, reports, the
 * grant estimate and the co-signed recognition.
 */
@Service
public class AllocationService {

    static final String CERTIFICATE_SOURCE = "exchange_allocation";

    private final ExchangeRepository exchanges;
    private final AllocationRepository allocations;
    private final ExchangePeopleQuery people;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final CertificateService certificates;
    private final ParticipationLedger ledger;
    private final Clock clock;
    private final AuditLog audit;

    AllocationService(ExchangeRepository exchanges, AllocationRepository allocations, ExchangePeopleQuery people,
                      CurrentUser currentUser, Notifier notifier, CertificateService certificates, ParticipationLedger ledger,
                      Clock clock, AuditLog audit) {
        this.exchanges = exchanges;
        this.allocations = allocations;
        this.people = people;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.certificates = certificates;
        this.ledger = ledger;
        this.clock = clock;
        this.audit = audit;
    }

    private boolean mayAllocate(SignedInUser user, long hostRegionId) {
        return user.has(Role.SECRETARIAT) || (user.has(Role.COORDINATOR) && user.regionId() == hostRegionId);
    }

    /**
     * The placement's applicants, ranked by their preference then endorsement; each says
     * why it cannot be allocated now, if so.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ExchangeApplication> candidates(long placementId) {
        Placement placement = exchanges.placement(placementId).orElseThrow(() -> new AccessDeniedException("No such placement"));
        if (!mayAllocate(currentUser.require(), placement.hostRegionId())) throw new AccessDeniedException("Not an allocator");
        List<ExchangeApplication> applications = allocations.forPlacement(placementId);
        List<ExchangePeopleQuery.Held> held = people.held(applications.stream().map(ExchangeApplication::applicantId).toList());
        return applications.stream().map(a -> {
            String conflict = null;
            if (a.status() == ExchangeApplicationStatus.PENDING) conflict = "exchange.conflict.not-endorsed";
            else if (held.stream().anyMatch(h -> h.userId() == a.applicantId() && h.callId() == placement.callId())) {
                conflict = "exchange.conflict.placed-in-call";
            } else if (held.stream().anyMatch(h -> h.userId() == a.applicantId() && h.overlaps(a.proposedFrom(), a.proposedUntil()))) {
                conflict = "exchange.conflict.overlap";
            }
            return new ExchangeApplication(a.id(), a.placementId(), a.department(), a.hostRegion(), a.applicantId(),
                    a.applicantName(), a.applicantRegion(), a.rank(), a.motivation(), a.proposedFrom(), a.proposedUntil(),
                    a.status(), a.endorsementComment(), conflict);
        }).toList();
    }

    @PermitAll
    @Transactional
    public long allocate(long applicationId) {
        SignedInUser user = currentUser.require();
        AllocationRepository.ApplicationRow a = allocations.findApplication(applicationId)
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        Placement placement = exchanges.placement(a.placementId()).orElseThrow();
        if (!mayAllocate(user, placement.hostRegionId())) throw new AccessDeniedException("Not an allocator");
        exchanges.lockPlacement(a.placementId());
        allocations.lockPerson(a.applicantId());
        a = allocations.lockApplication(applicationId).orElseThrow();
        if (a.status() != ExchangeApplicationStatus.ENDORSED) throw InvalidInputException.of("application", "exchange.error.not-endorsed");
        OptionalInt place = allocations.freePlace(a.placementId(), placement.places());
        if (place.isEmpty()) throw InvalidInputException.of("application", "exchange.error.full");
        if (allocations.allocatedInCall(a.callId(), a.applicantId())) throw InvalidInputException.of("application", "exchange.error.placed-in-call");
        if (allocations.overlaps(a.applicantId(), a.from(), a.until())) throw InvalidInputException.of("application", "exchange.error.overlap");
        long id = allocations.insertAllocation(a, place.getAsInt(), user.id(), clock.instant());
        allocations.setApplicationStatus(applicationId, ExchangeApplicationStatus.ALLOCATED);
        allocations.closeOthers(a.callId(), a.applicantId(), applicationId);
        audit.record(AuditAction.PLACEMENT_ALLOCATED, "exchange_allocation", id,
                "application " + applicationId + ", placement " + a.placementId() + ", place " + place.getAsInt());
        tell(a.applicantId(), "exchange-allocated:" + id, "notification.exchange.allocated", id, placement.department());
        return id;
    }

    /** The viewer's placements, as participant or as host supervisor. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ExchangeAllocation> mine() {
        return allocations.allocationsOf(currentUser.require().id()).stream().map(this::details).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ExchangeAllocation details(long allocationId) {
        return details(allocations.allocation(allocationId).orElseThrow(() -> new AccessDeniedException("No such placement")));
    }

    private ExchangeAllocation details(AllocationRepository.AllocationRow a) {
        Set<ExchangeAllocation.Role> roles = roles(a);
        if (roles.isEmpty()) throw new AccessDeniedException("Not involved");
        Placement placement = exchanges.placement(a.placementId()).orElseThrow();
        ExchangeCall call = exchanges.call(a.callId(), currentUser.require().locale(), LocalDate.now(clock)).orElseThrow();
        var agreement = allocations.agreement(a.id(), false).map(r -> new ExchangeAllocation.Agreement(r.objectives(),
                r.tasks(), r.revision(), r.participantAcceptedAt(),
                r.supervisorAcceptedBy() == null ? null : people.name(r.supervisorAcceptedBy()), r.supervisorAcceptedAt(),
                r.coordinatorAcceptedBy() == null ? null : people.name(r.coordinatorAcceptedBy()),
                r.coordinatorAcceptedAt())).orElse(null);
        var report = allocations.report(a.id(), false);
        GrantEstimate grant = null;
        String problem = null;
        try {
            grant = GrantCalculator.estimate(call.dailyRates(), call.travelBands(), exchanges.countryOf(a.hostRegionId()),
                    a.startsOn(), a.endsOn(), exchanges.distanceKm(a.participantRegionId(), a.hostRegionId()));
        } catch (InvalidInputException e) {
            problem = e.errorKeysByField().values().iterator().next();
        }
        return new ExchangeAllocation(a.id(), call.name(), people.name(a.participantId()), people.regionName(a.participantRegionId()),
                placement.hostRegion(), placement.department(), placement.supervisorName(), a.startsOn(), a.endsOn(), agreement,
                allocations.logs(a.id()), report.map(AllocationRepository.ReportRow::tasksDone).orElse(null),
                report.map(AllocationRepository.ReportRow::skillsGained).orElse(null),
                report.map(AllocationRepository.ReportRow::evaluation).orElse(null), grant, problem,
                people.certificateCode(CERTIFICATE_SOURCE, a.id()),
                report.map(AllocationRepository.ReportRow::sendingSignedBy).map(people::name).orElse(null),
                report.map(AllocationRepository.ReportRow::hostSignedBy).map(people::name).orElse(null), roles);
    }

    private Set<ExchangeAllocation.Role> roles(AllocationRepository.AllocationRow a) {
        SignedInUser user = currentUser.require();
        Set<ExchangeAllocation.Role> roles = EnumSet.noneOf(ExchangeAllocation.Role.class);
        if (user.id() == a.participantId()) roles.add(ExchangeAllocation.Role.PARTICIPANT);
        if (user.id() == a.supervisorId()) roles.add(ExchangeAllocation.Role.SUPERVISOR);
        if (user.has(Role.COORDINATOR) && user.regionId() == a.participantRegionId()) roles.add(ExchangeAllocation.Role.SENDING_COORDINATOR);
        if (user.has(Role.COORDINATOR) && user.regionId() == a.hostRegionId()) roles.add(ExchangeAllocation.Role.HOST_COORDINATOR);
        if (user.has(Role.SECRETARIAT)) roles.add(ExchangeAllocation.Role.SECRETARIAT);
        return roles;
    }

    private AllocationRepository.AllocationRow require(long allocationId, ExchangeAllocation.Role role) {
        AllocationRepository.AllocationRow a = allocations.allocation(allocationId)
                .orElseThrow(() -> new AccessDeniedException("No such placement"));
        if (!roles(a).contains(role)) throw new AccessDeniedException("Not the " + role);
        return a;
    }

    /** The participant drafts (or changes) the agreement; a change re-opens it for all three. */
    @PermitAll
    @Transactional
    public void draftAgreement(long allocationId, String objectives, String tasks) {
        AllocationRepository.AllocationRow a = require(allocationId, ExchangeAllocation.Role.PARTICIPANT);
        if (objectives.isBlank()) throw InvalidInputException.of("objectives", "exchange.error.objectives-required");
        if (tasks.isBlank()) throw InvalidInputException.of("tasks", "exchange.error.tasks-required");
        allocations.agreement(allocationId, true);
        allocations.saveAgreement(allocationId, objectives, tasks);
        tell(a.supervisorId(), "exchange-agreement:" + allocationId + ":" + clock.millis(), "notification.exchange.agreement",
                allocationId, people.name(a.participantId()));
    }

    /** Accepts the agreement in every role the viewer has in it (participant, host supervisor, sending coordinator). */
    @PermitAll
    @Transactional
    public void acceptAgreement(long allocationId) {
        AllocationRepository.AllocationRow a = allocations.allocation(allocationId)
                .orElseThrow(() -> new AccessDeniedException("No such placement"));
        Set<ExchangeAllocation.Role> roles = roles(a);
        boolean party = roles.contains(ExchangeAllocation.Role.PARTICIPANT) || roles.contains(ExchangeAllocation.Role.SUPERVISOR)
                || roles.contains(ExchangeAllocation.Role.SENDING_COORDINATOR);
        if (!party) throw new AccessDeniedException("Not a party to the agreement");
        if (allocations.agreement(allocationId, true).isEmpty()) throw InvalidInputException.of("agreement", "agreement.error.none");
        long me = currentUser.require().id();
        var now = clock.instant();
        if (roles.contains(ExchangeAllocation.Role.PARTICIPANT)) allocations.acceptAsParticipant(allocationId, now);
        if (roles.contains(ExchangeAllocation.Role.SUPERVISOR)) allocations.acceptAsSupervisor(allocationId, me, now);
        if (roles.contains(ExchangeAllocation.Role.SENDING_COORDINATOR)) allocations.acceptAsCoordinator(allocationId, me, now);
    }

    @PermitAll
    @Transactional
    public void addLog(long allocationId, LocalDate weekOf, String entry) {
        AllocationRepository.AllocationRow a = require(allocationId, ExchangeAllocation.Role.PARTICIPANT);
        if (entry.isBlank()) throw InvalidInputException.of("entry", "exchange.error.log-required");
        LocalDate monday = weekOf.with(java.time.DayOfWeek.MONDAY);
        if (monday.isAfter(a.endsOn()) || monday.plusDays(6).isBefore(a.startsOn())) {
            throw InvalidInputException.of("weekOf", "exchange.error.week-outside");
        }
        if (!allocations.insertLog(allocationId, monday, entry, clock.instant())) {
            throw InvalidInputException.of("weekOf", "exchange.error.week-logged");
        }
    }

    @PermitAll
    @Transactional
    public void commentLog(long allocationId, long logId, String comment) {
        require(allocationId, ExchangeAllocation.Role.SUPERVISOR);
        if (comment.isBlank() || !allocations.commentLog(allocationId, logId, comment)) {
            throw InvalidInputException.of("comment", "exchange.error.comment");
        }
    }

    @PermitAll
    @Transactional
    public void submitReport(long allocationId, String tasksDone, String skillsGained) {
        require(allocationId, ExchangeAllocation.Role.PARTICIPANT);
        if (tasksDone.isBlank() || skillsGained.isBlank()) throw InvalidInputException.of("report", "exchange.error.report-required");
        allocations.report(allocationId, true);
        allocations.saveReport(allocationId, tasksDone, skillsGained, clock.instant());
    }

    @PermitAll
    @Transactional
    public void evaluate(long allocationId, String evaluation) {
        require(allocationId, ExchangeAllocation.Role.SUPERVISOR);
        if (evaluation.isBlank()) throw InvalidInputException.of("evaluation", "exchange.error.evaluation-required");
        allocations.report(allocationId, true);
        allocations.saveEvaluation(allocationId, evaluation, currentUser.require().id(), clock.instant());
    }

    /**
     * Co-signs the recognition record once the report and the evaluation are in: for the
     * sending region its coordinator, for the host region its coordinator or the supervisor.
     * With both signatures the record is issued as a certificate.
     */
    @PermitAll
    @Transactional
    public void signRecognition(long allocationId) {
        AllocationRepository.AllocationRow a = allocations.allocation(allocationId)
                .orElseThrow(() -> new AccessDeniedException("No such placement"));
        Set<ExchangeAllocation.Role> roles = roles(a);
        boolean sending = roles.contains(ExchangeAllocation.Role.SENDING_COORDINATOR);
        boolean host = roles.contains(ExchangeAllocation.Role.HOST_COORDINATOR) || roles.contains(ExchangeAllocation.Role.SUPERVISOR);
        if (!sending && !host) throw new AccessDeniedException("Signs for neither region");
        var report = allocations.report(allocationId, true);
        if (report.isEmpty() || report.get().reportAt() == null || report.get().evaluatedAt() == null) {
            throw InvalidInputException.of("recognition", "exchange.error.not-ready");
        }
        long me = currentUser.require().id();
        if (sending) allocations.signForSendingRegion(allocationId, me, clock.instant());
        if (host) allocations.signForHostRegion(allocationId, me, clock.instant());
        audit.record(AuditAction.RECOGNITION_SIGNED, "exchange_allocation", allocationId,
                sending && host ? "sending and host region" : sending ? "sending region" : "host region");
        recogniseIfSigned(a);
    }

    private void recogniseIfSigned(AllocationRepository.AllocationRow a) {
        long allocationId = a.id();
        var report = allocations.report(allocationId, true).orElseThrow();
        if (report.sendingSignedBy() == null || report.hostSignedBy() == null) return;
        Placement placement = exchanges.placement(a.placementId()).orElseThrow();
        var agreement = allocations.agreement(allocationId, false);
        long days = ChronoUnit.DAYS.between(a.startsOn(), a.endsOn()) + 1;
        BigDecimal weeks = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
        String title = placement.department() + ", " + placement.hostRegion() + " · "
                + people.regionName(a.participantRegionId()) + " & " + placement.hostRegion();
        List<CertificateDetail> record = new java.util.ArrayList<>();
        agreement.ifPresent(ag -> record.add(new CertificateDetail("exchange.record.objectives", ag.objectives())));
        record.add(new CertificateDetail("exchange.record.tasks-done", String.valueOf(report.tasksDone())));
        record.add(new CertificateDetail("exchange.record.skills", String.valueOf(report.skillsGained())));
        record.add(new CertificateDetail("exchange.record.supervisor", placement.supervisorName()));
        record.add(new CertificateDetail("exchange.record.signed", people.name(report.sendingSignedBy()) + " ("
                + people.regionName(a.participantRegionId()) + ") · " + people.name(report.hostSignedBy()) + " ("
                + placement.hostRegion() + ")"));
        certificates.issue(new Achievement(CertificateKind.EXCHANGE_PLACEMENT, a.participantId(), title,
                workingHours(days), a.endsOn(), CERTIFICATE_SOURCE, allocationId, record));
        ledger.record(new ParticipationEntry(a.participantId(), ParticipationKind.EXCHANGE_COMPLETED,
                a.endsOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), weeks, CERTIFICATE_SOURCE, allocationId));
        tell(a.participantId(), "exchange-recognised:" + allocationId, "notification.exchange.recognised", allocationId,
                placement.department());
    }

    /** Five working days of seven hours a week; a partial week counts its days, up to five. */
    static BigDecimal workingHours(long days) {
        return BigDecimal.valueOf((days / 7 * 5 + Math.min(days % 7, 5)) * 7);
    }

    private void tell(long userId, String event, String key, long allocationId, Object... params) {
        notifier.send(new NewNotification(userId, event, key, NewNotification.params(params), "exchanges/allocations/" + allocationId));
    }
}
