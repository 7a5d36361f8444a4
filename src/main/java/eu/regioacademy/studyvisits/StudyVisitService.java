package eu.regioacademy.studyvisits;

import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visits as hosts run them: create, edit, move through their life, report; and browsing for everyone. */
@Service
public class StudyVisitService {

    private final StudyVisitRepository visits;
    private final VisitQuery query;
    private final ApplicationRepository applications;
    private final VisitAccess access;
    private final VisitNotifications notifications;
    private final VisitCalendar calendar;
    private final Clock clock;

    StudyVisitService(StudyVisitRepository visits, VisitQuery query, ApplicationRepository applications,
                      VisitAccess access, VisitNotifications notifications, VisitCalendar calendar, Clock clock) {
        this.visits = visits;
        this.query = query;
        this.applications = applications;
        this.access = access;
        this.notifications = notifications;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<VisitSummary> browse(VisitFilter filter, String language, PageRequest page) {
        return query.page(filter, viewer(language), clock.instant(), page);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int count(VisitFilter filter) {
        return query.count(filter, viewer("en"), clock.instant());
    }

    private VisitQuery.Viewer viewer(String language) {
        SignedInUser user = access.user();
        return new VisitQuery.Viewer(user.id(), user.has(Role.COORDINATOR) ? user.regionId() : null,
                user.has(Role.SECRETARIAT), language);
    }

    /** A visit's page; a draft is shown only to its hosts and to whoever requested it. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<VisitDetails> details(long id, String language) {
        SignedInUser user = access.user();
        Optional<StudyVisitRepository.Stored> found = visits.load(id);
        if (found.isEmpty()) return Optional.empty();
        StudyVisitRepository.Stored s = found.get();
        StudyVisitRepository.VisitRow row = s.row();
        boolean host = VisitAccess.canHost(user, row.hostRegionId());
        if (row.status() == VisitStatus.DRAFT && !host && !java.util.Objects.equals(row.requestedBy(), user.id())) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(row.timeZone())));
        MyApplication mine = applications.mine(user.id(), id, language, today, 0, 1).stream().findFirst().orElse(null);
        boolean open = row.status() == VisitStatus.OPEN && row.applicationDeadline().isAfter(clock.instant());
        CostEstimate estimate = VisitRules.estimate(row.days(), s.dailyAllowance(), s.bands(),
                visits.distanceKm(user.regionId(), row.hostRegionId()));
        var text = LocalizedText.pick(s.texts(), language);
        return Optional.of(new VisitDetails(id, row.version(), row.kind(), row.status(), row.hostRegionId(), s.hostRegion(),
                s.city(), s.venue(), row.startsOn(), row.endsOn(), row.timeZone(), row.capacity(),
                applications.placesTaken(id), applications.waitlisted(id), row.applicationDeadline(), s.languages(),
                s.themes(), text.title(), text.description(), s.texts(), s.dailyAllowance(), s.bands(), s.agenda(),
                s.materials(), s.report(), s.cancelReason(), row.certificatesIssuedAt(), s.requestedBy(), host, mine,
                estimate, open));
    }

    /** A new visit starts as a draft; coordinators host in their own region only. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public long create(VisitDraft draft) {
        SignedInUser user = access.requireHost(draft.hostRegionId());
        VisitRules.checkDraft(draft);
        return visits.insert(draft, timeZoneOf(draft.hostRegionId()), user.id(), null, null);
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void update(long id, int version, VisitDraft draft) {
        StudyVisitRepository.VisitRow row = visits.lock(id).orElseThrow(() -> notFound(id));
        access.requireHost(row.hostRegionId());
        access.requireHost(draft.hostRegionId());
        if (row.status() == VisitStatus.COMPLETED || row.status() == VisitStatus.CANCELLED) {
            throw InvalidInputException.of("status", "visit.error.closed");
        }
        VisitRules.checkDraft(draft);
        if (row.status() != VisitStatus.DRAFT) {
            VisitRules.checkOpening(draft, timeZoneOf(draft.hostRegionId()), null);
        }
        if (draft.capacity() < applications.placesTaken(id)) {
            throw InvalidInputException.of("capacity", "visit.error.capacity-below-taken");
        }
        if (!visits.update(id, version, draft, timeZoneOf(draft.hostRegionId()))) throw new ConcurrentChangeException("Study visit " + id + " was changed by someone else");
    }

    /**
     * Moves the visit on in its life. Opening checks the visit is complete and the deadline
     * ahead; completing needs the visit to have started; cancelling needs a reason and tells
     * every applicant.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void moveTo(long id, VisitStatus target, @Nullable String reason) {
        StudyVisitRepository.VisitRow row = visits.lock(id).orElseThrow(() -> notFound(id));
        access.requireHost(row.hostRegionId());
        if (!row.status().canMoveTo(target)) throw InvalidInputException.of("status", "visit.error.illegal-transition");
        switch (target) {
            case OPEN -> VisitRules.checkOpening(visits.load(id).orElseThrow().draft(), row.timeZone(), clock.instant());
            case CONFIRMED -> {
                if (applications.placesTaken(id) == 0) throw InvalidInputException.of("status", "visit.error.nobody-selected");
            }
            case COMPLETED -> {
                if (LocalDate.now(clock.withZone(ZoneId.of(row.timeZone()))).isBefore(row.startsOn())) {
                    throw InvalidInputException.of("status", "visit.error.not-started");
                }
            }
            case CANCELLED -> {
                if (reason == null || reason.isBlank()) throw InvalidInputException.of("reason", "visit.error.reason-required");
                if (reason.length() > 500) throw InvalidInputException.of("reason", "visit.error.text-too-long");
            }
            default -> { }
        }
        visits.setStatus(id, target, target == VisitStatus.CANCELLED ? reason.strip() : null);
        if (target == VisitStatus.CANCELLED) {
            for (ApplicationRepository.ApplicationRow a : applications.active(id)) {
                notifications.tell(a.applicantId(), "visit-cancelled:" + id, "notification.visit.cancelled", id, reason.strip());
            }
            if (row.requestedBy() != null) {
                notifications.tell(row.requestedBy(), "visit-cancelled:" + id, "notification.visit.cancelled", id, reason.strip());
            }
        }
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void saveReport(long id, String report, List<VisitDraft.Material> newMaterials) {
        StudyVisitRepository.VisitRow row = visits.lock(id).orElseThrow(() -> notFound(id));
        access.requireHost(row.hostRegionId());
        if (row.status() != VisitStatus.COMPLETED) throw InvalidInputException.of("report", "visit.error.report-after-visit");
        String text = VisitRules.text(report, "report", true);
        for (VisitDraft.Material m : newMaterials) {
            if (m.label().isBlank() || !m.url().strip().matches("https?://[^ ]+")) {
                throw InvalidInputException.of("materials", "visit.error.material-invalid");
            }
        }
        visits.saveReport(id, text, clock.instant());
        newMaterials.forEach(m -> visits.addMaterial(id, m));
    }

    /** The visit and its agenda as an iCalendar file, for its participants and hosts only. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> calendar(long id) {
        SignedInUser user = access.user();
        Optional<VisitDetails> details = details(id, user.locale());
        if (details.isEmpty()) return Optional.empty();
        VisitDetails d = details.get();
        boolean participant = d.mine() != null && d.mine().status().holdsPlace();
        if (!participant && !d.hostedByViewer()) return Optional.empty();
        return Optional.of(calendar.ics(d, user.locale()));
    }

    /** The form's starting point for a new visit of this kind in this region. */
    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional(readOnly = true)
    public VisitDraft defaults(VisitKind kind, long hostRegionId) {
        ZoneId zone = ZoneId.of(timeZoneOf(hostRegionId));
        LocalDate start = LocalDate.now(clock.withZone(zone)).plusWeeks(8);
        return new VisitDraft(kind, hostRegionId, "", "", start, start.plusDays(kind.defaultDays() - 1L),
                start.minusWeeks(4).atTime(12, 0).atZone(zone).toInstant(), kind.defaultCapacity(), List.of("en"),
                java.util.Set.of(), java.util.Map.of(), VisitRules.DEFAULT_DAILY_ALLOWANCE,
                VisitDraft.standardTravelBands(), List.of(), List.of());
    }

    private String timeZoneOf(long regionId) {
        String zone = visits.regionTimeZone(regionId);
        if (zone == null) throw InvalidInputException.of("hostRegion", "visit.error.region-unknown");
        return zone;
    }

    static InvalidInputException notFound(long id) {
        return InvalidInputException.of("visit", "visit.error.not-found");
    }
}
