package eu.regioacademy.mentoring;

import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mentors keep their own profile: expertise, languages, capacity, weekly availability, a pause. */
@Service
public class MentorProfileService {

    private final MentorProfileRepository profiles;
    private final MentoringAccess access;
    private final Clock clock;

    MentorProfileService(MentorProfileRepository profiles, MentoringAccess access, Clock clock) {
        this.profiles = profiles;
        this.access = access;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MentorProfile> mine() {
        return profiles.find(access.user().id());
    }

    @RolesAllowed(Roles.MENTOR)
    @Transactional
    public void saveMine(int version, MentorProfileDraft draft) {
        SignedInUser user = access.user();
        check(draft);
        profiles.lockCapacity(user.id());
        if (draft.capacity() < profiles.liveMenteesLocked(user.id())) {
            throw InvalidInputException.of("capacity", "mentor.error.capacity-below-mentees");
        }
        if (!profiles.save(user.id(), version, draft, clock.instant())) {
            throw new ConcurrentChangeException("Mentor profile of " + user.id() + " changed meanwhile");
        }
    }

    static void check(MentorProfileDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.bio().isBlank()) errors.put("bio", "mentor.error.bio-required");
        else if (d.bio().length() > 2000) errors.put("bio", "mentor.error.text-too-long");
        if (d.yearsExperience() < 0 || d.yearsExperience() > 60) errors.put("yearsExperience", "mentor.error.years-range");
        if (d.capacity() < 1 || d.capacity() > 10) errors.put("capacity", "mentor.error.capacity-range");
        if (d.topics().isEmpty() || !d.topics().stream().allMatch(Topics::known)) errors.put("topics", "mentor.error.topics-required");
        if (d.languages().isEmpty() || !d.languages().keySet().stream().allMatch(l -> l.matches("[a-z]{2}"))) {
            errors.put("languages", "mentor.error.languages-required");
        }
        List<MentorProfileDraft.Window> windows = d.availability();
        for (MentorProfileDraft.Window w : windows) {
            if (!w.until().isAfter(w.from())) errors.put("availability", "mentor.error.window-times");
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }
}
