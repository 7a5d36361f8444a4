package eu.regioacademy.mentoring;

import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.TextRules;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cycles, requests and matching: suggestions for one mentee, and the secretariat's optimal
 * cycle-wide assignment, previewed, adjusted and then proposed.
 */
@Service
public class MentoringCycleService {

    private static final long MOST_MATCHED_BONUS = 1_000_000L;

    private final CycleRepository cycles;
    private final MentorProfileRepository profiles;
    private final PairingProposals proposals;
    private final MentoringAccess access;

    MentoringCycleService(CycleRepository cycles, MentorProfileRepository profiles, PairingProposals proposals,
                          MentoringAccess access) {
        this.cycles = cycles;
        this.profiles = profiles;
        this.proposals = proposals;
        this.access = access;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Cycle> cycles() {
        return cycles.cycles();
    }

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    public long openCycle(String name, LocalDate startsOn, LocalDate endsOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isBlank()) errors.put("name", "cycle.error.name-required");
        else TextRules.check(errors, "name", name, 200);
        if (!endsOn.isAfter(startsOn)) errors.put("endsOn", "cycle.error.ends-before-start");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return cycles.insertCycle(name, startsOn, endsOn, access.user().id());
    }

    /** A learner asks for a mentor in an open cycle, once per cycle. */
    @PermitAll
    @Transactional
    public long request(RequestDraft draft) {
        SignedInUser user = access.user();
        Cycle cycle = cycles.cycle(draft.cycleId()).filter(Cycle::open)
                .orElseThrow(() -> InvalidInputException.of("cycle", "request.error.cycle-closed"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.goals().isBlank()) errors.put("goals", "request.error.goals-required");
        else if (draft.goals().length() > 4000) errors.put("goals", "mentor.error.text-too-long");
        if (draft.languages().isEmpty() || !draft.languages().stream().allMatch(l -> l.matches("[a-z]{2}"))) {
            errors.put("languages", "mentor.error.languages-required");
        }
        if (!draft.topics().stream().allMatch(Topics::known)) errors.put("topics", "mentor.error.topics-required");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return cycles.insertRequest(draft, user.id())
                .orElseThrow(() -> InvalidInputException.of("cycle", "request.error.already-requested"));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<MyRequest> myRequests() {
        return cycles.requestsOf(access.user().id());
    }

    /** Mentors for the learner's request, best first, each with the reasons of its score. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long requestId) {
        MatchScoring.Mentee mentee = ownOrSecretariat(requestId);
        List<Suggestion> result = new ArrayList<>();
        for (MatchScoring.Mentor mentor : profiles.candidates()) {
            if (mentor.freePlaces() <= 0) continue;
            MatchScoring.score(mentee, mentor).ifPresent(s -> result.add(new Suggestion(mentor.userId(), mentor.name(),
                    mentor.region(), profiles.bio(mentor.userId()), s.score(), s.reasons())));
        }
        result.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::mentorName));
        return result.size() > 10 ? List.copyOf(result.subList(0, 10)) : result;
    }

    /** The learner picks a suggested mentor: a proposed pairing the mentor still has to accept. */
    @PermitAll
    @Transactional
    public long chooseMentor(long requestId, long mentorId) {
        MatchScoring.Mentee mentee = ownOrSecretariat(requestId);
        if (mentee.userId() != access.user().id()) throw new AccessDeniedException("Only the mentee chooses");
        return proposals.propose(requestId, mentorId, true);
    }

    /** The optimal assignment of the cycle's open requests, not yet written. */
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional(readOnly = true)
    public MatchPlan plan(long cycleId, MatchMode mode) {
        List<MatchScoring.Mentee> mentees = cycles.openRequests(cycleId);
        List<MatchScoring.Mentor> mentors = profiles.candidates();
        long[][] weight = new long[mentees.size()][mentors.size()];
        MatchScoring.Scored[][] scored = new MatchScoring.Scored[mentees.size()][mentors.size()];
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                Optional<MatchScoring.Scored> s = MatchScoring.score(mentees.get(i), mentors.get(j));
                scored[i][j] = s.orElse(null);
                weight[i][j] = s.map(x -> mode == MatchMode.MOST_MATCHED ? MOST_MATCHED_BONUS + x.score() : (long) x.score())
                        .orElse(-1L);
            }
        }
        int[] capacity = mentors.stream().mapToInt(m -> Math.max(0, m.freePlaces())).toArray();
        int[] chosen = OptimalAssignment.maximise(weight, capacity);
        List<MatchPlan.Planned> planned = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            MatchScoring.Mentee mentee = mentees.get(i);
            List<MatchPlan.Option> options = new ArrayList<>();
            for (int j = 0; j < mentors.size(); j++) {
                if (scored[i][j] != null && capacity[j] > 0) {
                    options.add(new MatchPlan.Option(mentors.get(j).userId(), mentors.get(j).name(), scored[i][j].score()));
                }
            }
            options.sort(Comparator.comparingInt(MatchPlan.Option::score).reversed());
            int j = chosen[i];
            planned.add(j < 0
                    ? new MatchPlan.Planned(mentee.requestId(), mentee.name(), mentee.region(), null, null, 0, List.of(), options)
                    : new MatchPlan.Planned(mentee.requestId(), mentee.name(), mentee.region(), mentors.get(j).userId(),
                    mentors.get(j).name(), scored[i][j].score(), scored[i][j].reasons(), options));
        }
        return new MatchPlan(cycleId, mode, planned);
    }

    /**
     * Proposes the pairs as the secretariat settled them (request → mentor). All or none:
     * if one breaks a rule (a mentor over capacity, no shared language), nothing is written.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    public int proposeAll(Map<Long, Long> mentorByRequest) {
        int proposed = 0;
        for (Map.Entry<Long, Long> pair : mentorByRequest.entrySet()) {
            proposals.propose(pair.getKey(), pair.getValue(), false);
            proposed++;
        }
        return proposed;
    }

    private MatchScoring.Mentee ownOrSecretariat(long requestId) {
        SignedInUser user = access.user();
        MatchScoring.Mentee mentee = cycles.mentee(requestId).orElseThrow(() -> new AccessDeniedException("No such request"));
        if (mentee.userId() != user.id() && !user.has(Role.SECRETARIAT)) throw new AccessDeniedException("Not your request");
        return mentee;
    }
}
