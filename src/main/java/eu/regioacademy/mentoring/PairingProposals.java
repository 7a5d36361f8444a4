package eu.regioacademy.mentoring;

import eu.regioacademy.platform.InvalidInputException;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a pairing inside the caller's transaction. The mentor's profile row is locked
 * first, so capacity holds however many proposals for one mentor arrive at once.
 */
@Component
class PairingProposals {

    private final CycleRepository cycles;
    private final MentorProfileRepository profiles;
    private final PairingRepository pairings;
    private final MentoringAccess access;
    private final Clock clock;

    PairingProposals(CycleRepository cycles, MentorProfileRepository profiles, PairingRepository pairings,
                     MentoringAccess access, Clock clock) {
        this.cycles = cycles;
        this.profiles = profiles;
        this.pairings = pairings;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long propose(long requestId, long mentorId, boolean menteeAccepts) {
        int capacity = profiles.lockCapacity(mentorId)
                .orElseThrow(() -> InvalidInputException.of("mentor", "pairing.error.not-a-mentor"));
        CycleRepository.RequestRow request = cycles.lockRequest(requestId)
                .orElseThrow(() -> InvalidInputException.of("request", "pairing.error.request-taken"));
        if (!"OPEN".equals(request.status())) throw InvalidInputException.of("request", "pairing.error.request-taken");
        if (profiles.liveMenteesLocked(mentorId) >= capacity) throw InvalidInputException.of("mentor", "pairing.error.mentor-full");
        MatchScoring.Mentee mentee = cycles.mentee(requestId).orElseThrow();
        MatchScoring.Mentor mentor = profiles.candidates().stream().filter(m -> m.userId() == mentorId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("mentor", "pairing.error.mentor-paused"));
        MatchScoring.Scored scored = MatchScoring.score(mentee, mentor)
                .orElseThrow(() -> InvalidInputException.of("mentor", "pairing.error.no-shared-language"));
        long id = pairings.insert(request.cycleId(), requestId, mentorId, request.menteeId(), scored.score(),
                menteeAccepts ? clock.instant() : null);
        cycles.setRequestStatus(requestId, "MATCHED");
        access.tell(mentorId, "pairing-proposed:" + id, "notification.pairing.proposed", id, mentee.name());
        if (!menteeAccepts) {
            access.tell(request.menteeId(), "pairing-proposed:" + id, "notification.pairing.proposed", id, mentor.name());
        }
        return id;
    }
}
