package eu.regioacademy.exchanges;

import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.TextRules;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.Notifier;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls, placements, ranked applications and their endorsement by the applicant's own coordinator. */
@Service
public class ExchangeService {

    private final ExchangeRepository exchanges;
    private final AllocationRepository allocations;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;
    private final AuditLog audit;

    ExchangeService(ExchangeRepository exchanges, AllocationRepository allocations, CurrentUser currentUser, Notifier notifier,
                    Clock clock, AuditLog audit) {
        this.exchanges = exchanges;
        this.allocations = allocations;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
        this.audit = audit;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    public long openCall(CallDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.name().isBlank()) errors.put("name", "exchange.error.name-required");
        else TextRules.check(errors, "name", d.name(), 200);
        d.descriptions().values().forEach(text -> TextRules.check(errors, "description", text, 16_000));
        if (d.descriptions().isEmpty() || d.descriptions().values().stream().allMatch(String::isBlank)
                || !d.descriptions().keySet().stream().allMatch(eu.regioacademy.platform.i18n.Languages::isSupported)) {
            errors.put("description", "exchange.error.description-required");
        }
        if (d.applicationsClose().isBefore(d.applicationsOpen())) errors.put("applicationsClose", "exchange.error.window");
        if (!d.periodEnds().isAfter(d.periodStarts())) errors.put("periodEnds", "exchange.error.period");
        if (d.minWeeks() < 1 || d.maxWeeks() < d.minWeeks() || d.maxWeeks() > 26) errors.put("maxWeeks", "exchange.error.weeks");
        if (d.maxApplications() < 1 || d.maxApplications() > 10) errors.put("maxApplications", "exchange.error.max-applications");
        if (d.dailyRates().isEmpty() || d.dailyRates().values().stream().anyMatch(v -> v.signum() < 0)
                || !d.dailyRates().keySet().stream().allMatch(c -> c.matches("[A-Z]{2}"))) {
            errors.put("dailyRates", "exchange.error.rates");
        }
        if (d.travelBands().isEmpty()) errors.put("travelBands", "exchange.error.bands");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return exchanges.insertCall(d, currentUser.require().id());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ExchangeCall> calls(String language) {
        return exchanges.calls(language, LocalDate.now(clock));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Placement> placements(long callId) {
        return exchanges.placements(callId);
    }

    /** A host region's coordinator publishes a placement; the supervisor is a colleague of the host region. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public long publish(PlacementDraft d) {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.SECRETARIAT) && user.regionId() != d.hostRegionId()) {
            throw new AccessDeniedException("Coordinators publish placements of their own region");
        }
        ExchangeCall call = exchanges.call(d.callId(), "en", LocalDate.now(clock))
                .orElseThrow(() -> InvalidInputException.of("call", "exchange.error.no-call"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.department().isBlank()) errors.put("department", "exchange.error.department-required");
        else TextRules.check(errors, "department", d.department(), 200);
        if (d.work().isBlank()) errors.put("work", "exchange.error.work-required");
        if (d.topics().isEmpty() || !d.topics().stream().allMatch(Topics::known)) errors.put("topics", "mentor.error.topics-required");
        if (d.languages().isEmpty()) errors.put("languages", "visit.error.languages-required");
        if (d.places() < 1 || d.places() > 20) errors.put("places", "exchange.error.places");
        if (!d.availableUntil().isAfter(d.availableFrom()) || d.availableFrom().isBefore(call.periodStarts())
                || d.availableUntil().isAfter(call.periodEnds())) {
            errors.put("availableUntil", "exchange.error.outside-period");
        }
        Long supervisor = exchanges.userInRegion(d.supervisorEmail(), d.hostRegionId());
        if (supervisor == null) errors.put("supervisor", "exchange.error.supervisor");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return exchanges.insertPlacement(d, supervisor, user.id());
    }

    /**
     * Applies to a placement with a preference rank: within the call's window, at most its
     * number of applications per person, dates inside the placement's and of allowed length.
     */
    @PermitAll
    @Transactional
    public long apply(long placementId, int rank, String motivation, @Nullable LocalDate from, @Nullable LocalDate until) {
        SignedInUser user = currentUser.require();
        Placement placement = exchanges.placement(placementId)
                .orElseThrow(() -> InvalidInputException.of("placement", "exchange.error.no-placement"));
        ExchangeCall call = exchanges.call(placement.callId(), "en", LocalDate.now(clock)).orElseThrow();
        if (!call.open()) throw InvalidInputException.of("placement", "exchange.error.call-closed");
        if (motivation.isBlank()) throw InvalidInputException.of("motivation", "visit.error.motivation-required");
        if (from == null || until == null) throw InvalidInputException.of("from", "visit.error.dates-required");
        if (from.isBefore(placement.availableFrom()) || until.isAfter(placement.availableUntil()) || !until.isAfter(from)) {
            throw InvalidInputException.of("from", "exchange.error.outside-placement");
        }
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        if (days < call.minWeeks() * 7L || days > call.maxWeeks() * 7L) throw InvalidInputException.of("until", "exchange.error.length");
        // one person's applications queue up: racing inserts against two unique keys deadlocked (20 clicks at once)
        allocations.lockPerson(user.id());
        List<AllocationRepository.ApplicationRow> mine = allocations.applicationsInCall(call.id(), user.id());
        if (mine.stream().anyMatch(m -> m.placementId() == placementId)) {
            throw InvalidInputException.of("rank", "exchange.error.duplicate");
        }
        if (mine.size() >= call.maxApplications()) throw InvalidInputException.of("placement", "exchange.error.too-many");
        if (rank < 1 || rank > call.maxApplications()) throw InvalidInputException.of("rank", "exchange.error.rank");
        long id;
        try {
            id = allocations.insertApplication(call.id(), placementId, user.id(), user.regionId(), rank, motivation, from, until);
        } catch (DuplicateKeyException twice) {
            throw InvalidInputException.of("rank", "exchange.error.duplicate");
        }
        return id;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ExchangeApplication> myApplications() {
        return allocations.applicationsOf(currentUser.require().id());
    }

    @RolesAllowed(Roles.COORDINATOR)
    @Transactional(readOnly = true)
    public List<ExchangeApplication> toEndorse() {
        return allocations.pendingFromRegion(currentUser.require().regionId());
    }

    /** Only the coordinator of the applicant's own region endorses (or declines, with a comment). */
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    public void endorse(long applicationId, boolean endorse, @Nullable String comment) {
        SignedInUser coordinator = currentUser.require();
        AllocationRepository.ApplicationRow a = allocations.lockApplication(applicationId)
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        if (a.applicantRegionId() != coordinator.regionId()) throw new AccessDeniedException("Not the applicant's coordinator");
        if (a.status() != ExchangeApplicationStatus.PENDING) throw InvalidInputException.of("application", "application.error.already-decided");
        if (comment != null) TextRules.require("comment", comment.strip(), 1000);
        if (!endorse && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "application.error.comment-required");
        }
        allocations.endorse(applicationId, endorse ? ExchangeApplicationStatus.ENDORSED : ExchangeApplicationStatus.DECLINED,
                comment == null || comment.isBlank() ? null : comment.strip(), coordinator.id(), clock.instant());
        audit.record(endorse ? AuditAction.EXCHANGE_APPLICATION_ENDORSED : AuditAction.EXCHANGE_APPLICATION_DECLINED,
                "exchange_application", applicationId, "placement " + a.placementId());
        notifier.send(new NewNotification(a.applicantId(), "exchange-application:" + applicationId + ":endorsement",
                endorse ? "notification.exchange.endorsed" : "notification.exchange.declined",
                NewNotification.params(exchanges.placement(a.placementId()).map(Placement::department).orElse("")), "exchanges"));
    }

}
