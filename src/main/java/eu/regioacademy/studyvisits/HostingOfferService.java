package eu.regioacademy.studyvisits;

import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hosting catalogue: regions publish what they can show; staff find good practice
 * and request a visit, which becomes a draft visit for the host to accept (open) or decline.
 */
@Service
public class HostingOfferService {

    private final HostingOfferRepository offers;
    private final StudyVisitRepository visits;
    private final RecipientQuery recipients;
    private final VisitAccess access;
    private final VisitNotifications notifications;
    private final Clock clock;

    HostingOfferService(HostingOfferRepository offers, StudyVisitRepository visits, RecipientQuery recipients,
                        VisitAccess access, VisitNotifications notifications, Clock clock) {
        this.offers = offers;
        this.visits = visits;
        this.recipients = recipients;
        this.access = access;
        this.notifications = notifications;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HostingOffer> search(OfferFilter filter, PageRequest page) {
        return offers.search(filter, page.offset(), page.limit());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int count(OfferFilter filter) {
        return offers.count(filter);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public boolean canPublishFor(long regionId) {
        return VisitAccess.canHost(access.user(), regionId);
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public long publish(HostingOfferDraft draft) {
        SignedInUser user = access.requireHost(draft.regionId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.title().isBlank()) errors.put("title", "offer.error.title-required");
        else if (draft.title().strip().length() > 300) errors.put("title", "visit.error.title-too-long");
        if (!Topics.known(draft.theme())) errors.put("theme", "visit.error.theme-unknown");
        if (draft.whatVisitorsSee().isBlank()) errors.put("whatVisitorsSee", "offer.error.what-required");
        if (draft.languages().isEmpty()) errors.put("languages", "visit.error.languages-required");
        if (draft.preferredPeriods().strip().length() > 300) errors.put("preferredPeriods", "visit.error.text-too-long");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return offers.insert(draft, user.id());
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
    @Transactional
    public void withdraw(long offerId) {
        HostingOffer offer = offers.find(offerId).orElseThrow(() -> InvalidInputException.of("offer", "offer.error.not-found"));
        access.requireHost(offer.regionId());
        offers.setActive(offerId, false);
    }

    /**
     * A staff member asks to visit: a draft visit of the host region, with the request's
     * dates and message, and a notification to the host region's coordinators.
     *
     * @return the draft visit's id
     */
    @PermitAll
    @Transactional
    public long requestVisit(long offerId, LocalDate startsOn, LocalDate endsOn, String message) {
        SignedInUser user = access.user();
        HostingOffer offer = offers.find(offerId).filter(HostingOffer::active)
                .orElseThrow(() -> InvalidInputException.of("offer", "offer.error.not-found"));
        String zone = java.util.Objects.requireNonNull(visits.regionTimeZone(offer.regionId()));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(zone)));
        if (!startsOn.isAfter(today)) throw InvalidInputException.of("startsOn", "offer.error.start-in-future");
        if (endsOn.isBefore(startsOn)) throw InvalidInputException.of("endsOn", "visit.error.ends-before-start");
        if (endsOn.toEpochDay() - startsOn.toEpochDay() >= 31) throw InvalidInputException.of("endsOn", "visit.error.too-long");
        String why = VisitRules.text(message, "message", true);
        var deadline = startsOn.minusWeeks(2).atTime(12, 0).atZone(ZoneId.of(zone)).toInstant();
        if (deadline.isBefore(clock.instant())) deadline = clock.instant();
        VisitDraft draft = new VisitDraft(VisitKind.STUDY_VISIT, offer.regionId(), "", "", startsOn, endsOn, deadline,
                VisitKind.STUDY_VISIT.defaultCapacity(), offer.languages(), Set.of(offer.theme()),
                Map.of(user.locale(), new VisitDraft.Text(offer.title(), why)), VisitRules.DEFAULT_DAILY_ALLOWANCE,
                VisitDraft.standardTravelBands(), List.of(), List.of());
        long visitId = visits.insert(draft, zone, user.id(), offerId, user.id());
        for (long coordinator : recipients.coordinatorsOf(offer.regionId())) {
            notifications.tell(coordinator, "visit-requested:" + visitId, "notification.visit.requested", visitId,
                    user.displayName());
        }
        return visitId;
    }
}
