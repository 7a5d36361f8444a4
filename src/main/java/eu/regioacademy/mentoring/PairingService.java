package eu.regioacademy.mentoring;

import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.certificates.Achievement;
import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.TextRules;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A pairing's life: acceptance by both, the agreement and its goals, the end, feedback and certificates. */
@Service
public class PairingService {

    static final String MENTEE_SOURCE = "mentoring_pairing_mentee";
    static final String MENTOR_SOURCE = "mentoring_pairing_mentor";

    private final PairingRepository pairings;
    private final SessionRepository sessions;
    private final CycleRepository cycles;
    private final MentorProfileRepository profiles;
    private final MentoringQuery query;
    private final PeopleQuery people;
    private final MentoringAccess access;
    private final CertificateService certificates;
    private final ParticipationLedger ledger;
    private final Clock clock;
    private final AuditLog audit;
    private final Duration quietAfter;

    PairingService(PairingRepository pairings, SessionRepository sessions, CycleRepository cycles,
                   MentorProfileRepository profiles, MentoringQuery query, PeopleQuery people, MentoringAccess access,
                   CertificateService certificates, ParticipationLedger ledger, Clock clock,
                   @Value("${regio.mentoring.quiet-after:P28D}") Duration quietAfter, AuditLog audit) {
        this.pairings = pairings;
        this.sessions = sessions;
        this.cycles = cycles;
        this.profiles = profiles;
        this.query = query;
        this.people = people;
        this.access = access;
        this.certificates = certificates;
        this.ledger = ledger;
        this.clock = clock;
        this.audit = audit;
        this.quietAfter = quietAfter;
    }

    /** Pairings the viewer may follow: their own; their region's for coordinators; all for the secretariat. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PairingSummary> pairings(PairingFilter filter, PageRequest page) {
        Instant now = clock.instant();
        return query.page(scope(), filter, now, now.minus(quietAfter), page.offset(), page.limit());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int countPairings(PairingFilter filter) {
        return query.count(scope(), filter, clock.instant().minus(quietAfter));
    }

    private MentoringQuery.Scope scope() {
        SignedInUser user = access.user();
        if (user.has(Role.SECRETARIAT)) return new MentoringQuery.Scope(null, null);
        if (user.has(Role.COORDINATOR)) return new MentoringQuery.Scope(null, user.regionId());
        return new MentoringQuery.Scope(user.id(), null);
    }

    /** Own pairings only, whatever the viewer's roles: "my mentees" and "my mentor". */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PairingSummary> mine() {
        Instant now = clock.instant();
        return query.page(new MentoringQuery.Scope(access.user().id(), null), PairingFilter.all(), now,
                now.minus(quietAfter), 0, 100);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public PairingDetails details(long id) {
        PairingRepository.PairingRow p = pairings.find(id).orElseThrow(() -> new AccessDeniedException("No such pairing"));
        if (!access.mayFollow(p)) throw new AccessDeniedException("Not allowed to follow this pairing");
        long viewer = access.user().id();
        PairingDetails.Party party = viewer == p.mentorId() ? PairingDetails.Party.MENTOR
                : viewer == p.menteeId() ? PairingDetails.Party.MENTEE : PairingDetails.Party.OBSERVER;
        PeopleQuery.Person mentor = people.person(p.mentorId());
        PeopleQuery.Person mentee = people.person(p.menteeId());
        return new PairingDetails(p.id(), p.status(), p.mentorId(), mentor.name(), regionName(p.mentorId()), mentor.timeZone(),
                p.menteeId(), mentee.name(), regionName(p.menteeId()), mentee.timeZone(), pairings.goalsOfRequest(p.requestId()),
                p.score(), p.mentorAcceptedAt(), p.menteeAcceptedAt(), p.closedReason(),
                pairings.agreement(id).orElse(null), pairings.goals(id),
                sessions.sessions(id, party != PairingDetails.Party.OBSERVER), profiles.availability(p.mentorId()), party,
                party != PairingDetails.Party.OBSERVER && pairings.feedbackGiven(id, viewer));
    }

    private String regionName(long userId) {
        return cycles.regionName(people.regionOf(userId));
    }

    @PermitAll
    @Transactional
    public void accept(long id) {
        PairingRepository.PairingRow p = pairings.lock(id).orElseThrow(() -> new AccessDeniedException("No such pairing"));
        SignedInUser user = access.requireParty(p);
        if (p.status() != PairingStatus.PROPOSED) throw InvalidInputException.of("pairing", "pairing.error.not-proposed");
        boolean mentor = user.id() == p.mentorId();
        pairings.accept(id, mentor, clock.instant());
        boolean otherAccepted = mentor ? p.menteeAcceptedAt() != null : p.mentorAcceptedAt() != null;
        if (otherAccepted) {
            pairings.setStatus(id, PairingStatus.ACTIVE, null, null, null);
            access.tell(MentoringAccess.other(p, user.id()), "pairing-active:" + id, "notification.pairing.active", id,
                    user.displayName());
        }
    }

    @PermitAll
    @Transactional
    public void decline(long id, String reason) {
        close(id, reason, PairingStatus.PROPOSED, PairingStatus.DECLINED, "notification.pairing.declined");
    }

    /** Ends an active pairing early, with a reason; the secretariat may too. */
    @PermitAll
    @Transactional
    public void end(long id, String reason) {
        close(id, reason, PairingStatus.ACTIVE, PairingStatus.ENDED, "notification.pairing.ended");
    }

    private void close(long id, String reason, PairingStatus from, PairingStatus to, String messageKey) {
        PairingRepository.PairingRow p = pairings.lock(id).orElseThrow(() -> new AccessDeniedException("No such pairing"));
        SignedInUser user = access.user();
        if (!p.party(user.id()) && !(to == PairingStatus.ENDED && user.has(Role.SECRETARIAT))) {
            throw new AccessDeniedException("Not one of the pair");
        }
        if (p.status() != from) throw InvalidInputException.of("pairing", "pairing.error.state");
        if (reason.isBlank()) throw InvalidInputException.of("reason", "pairing.error.reason-required");
        if (reason.length() > 1000) throw InvalidInputException.of("reason", "mentor.error.text-too-long");
        pairings.setStatus(id, to, reason.strip(), user.id(), clock.instant());
        if (to == PairingStatus.DECLINED) cycles.setRequestStatus(p.requestId(), "OPEN");
        if (to == PairingStatus.ENDED) audit.record(AuditAction.PAIRING_ENDED, "mentoring_pairing", id, null);
        for (long person : new long[] {p.mentorId(), p.menteeId()}) {
            if (person != user.id()) access.tell(person, "pairing-" + to.name().toLowerCase() + ":" + id, messageKey, id, reason.strip());
        }
    }

    /** 1 to 5 goals, a meeting rhythm and an end date; any change needs both to accept again. */
    @PermitAll
    @Transactional
    public void saveAgreement(long id, String rhythm, @Nullable LocalDate endsOn, List<String> goals) {
        PairingRepository.PairingRow p = activeOwn(id);
        List<String> texts = goals.stream().filter(g -> !g.isBlank()).toList();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (texts.isEmpty() || texts.size() > 5) errors.put("goals", "agreement.error.goals-count");
        if (texts.stream().anyMatch(g -> g.length() > 1000)) errors.put("goals", "mentor.error.text-too-long");
        if (rhythm.isBlank()) errors.put("rhythm", "agreement.error.rhythm-required");
        else TextRules.check(errors, "rhythm", rhythm, 200);
        if (endsOn == null || !endsOn.isAfter(LocalDate.now(clock))) errors.put("endsOn", "agreement.error.end-in-future");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        pairings.saveAgreement(p.id(), rhythm, endsOn, texts);
    }

    @PermitAll
    @Transactional
    public void acceptAgreement(long id) {
        PairingRepository.PairingRow p = activeOwn(id);
        if (pairings.agreement(id).isEmpty()) throw InvalidInputException.of("agreement", "agreement.error.none");
        pairings.acceptAgreement(id, access.user().id() == p.mentorId(), clock.instant());
    }

    @PermitAll
    @Transactional
    public void updateGoal(long id, long goalId, int progress, @Nullable String note) {
        activeOwn(id);
        if (pairings.agreement(id).filter(PairingDetails.Agreement::accepted).isEmpty()) {
            throw InvalidInputException.of("goal", "agreement.error.not-accepted");
        }
        if (progress < 0 || progress > 100) throw InvalidInputException.of("progress", "agreement.error.progress-range");
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null) TextRules.require("note", text, 1000);
        if (!pairings.updateGoal(id, goalId, progress, text, clock.instant())) throw new AccessDeniedException("Not this pairing's goal");
    }

    /**
     * Completes the pairing: the mentee's completion and the mentor's recognition
     * certificates, and both ledger entries, in the same transaction.
     */
    @PermitAll
    @Transactional
    public void complete(long id) {
        PairingRepository.PairingRow p = activeOwn(id);
        Instant now = clock.instant();
        pairings.setStatus(id, PairingStatus.COMPLETED, null, access.user().id(), now);
        // the time actually spent together: every held session's length, as the session entries count it
        long minutes = sessions.sessions(id, false).stream().filter(s -> s.status() == SessionStatus.HELD)
                .mapToLong(s -> java.time.Duration.between(s.startsAt(), s.endsAt()).toMinutes()).sum();
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        String cycle = cycles.cycle(p.cycleId()).map(Cycle::name).orElse("");
        LocalDate today = LocalDate.now(clock);
        certificates.issue(new Achievement(CertificateKind.MENTEE_COMPLETION, p.menteeId(),
                cycle + " · " + people.person(p.mentorId()).name(), hours, today, MENTEE_SOURCE, id));
        certificates.issue(new Achievement(CertificateKind.MENTOR_RECOGNITION, p.mentorId(),
                cycle + " · " + people.person(p.menteeId()).name(), hours, today, MENTOR_SOURCE, id));
        ledger.record(new ParticipationEntry(p.menteeId(), ParticipationKind.MENTORING_COMPLETED, now, hours, MENTEE_SOURCE, id));
        ledger.record(new ParticipationEntry(p.mentorId(), ParticipationKind.MENTORING_COMPLETED, now, hours, MENTOR_SOURCE, id));
        access.tell(MentoringAccess.other(p, access.user().id()), "pairing-completed:" + id,
                "notification.pairing.completed", id, access.user().displayName());
    }

    @PermitAll
    @Transactional
    public void giveFeedback(long id, int rating, String goalsReached) {
        PairingRepository.PairingRow p = pairings.lock(id).orElseThrow(() -> new AccessDeniedException("No such pairing"));
        SignedInUser user = access.requireParty(p);
        if (p.status() != PairingStatus.COMPLETED && p.status() != PairingStatus.ENDED) {
            throw InvalidInputException.of("feedback", "pairing.error.feedback-after-end");
        }
        if (rating < 1 || rating > 5) throw InvalidInputException.of("rating", "feedback.error.rating");
        if (goalsReached.isBlank()) throw InvalidInputException.of("goalsReached", "pairing.error.goals-reached-required");
        if (!pairings.insertFeedback(id, user.id(), rating, goalsReached, clock.instant())) {
            throw InvalidInputException.of("feedback", "feedback.error.already-given");
        }
    }

    private PairingRepository.PairingRow activeOwn(long id) {
        PairingRepository.PairingRow p = pairings.lock(id).orElseThrow(() -> new AccessDeniedException("No such pairing"));
        access.requireParty(p);
        if (p.status() != PairingStatus.ACTIVE) throw InvalidInputException.of("pairing", "pairing.error.not-active");
        return p;
    }
}
