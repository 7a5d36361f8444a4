package eu.regioacademy.mentoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transparent score of a mentor for a mentee. A shared working language is required;
 * shared topics, the other-region (or other-country) wish, the mentor's free places and
 * experience add points. Every point comes with its reason in plain words.
 */
public final class MatchScoring {

    static final int PER_SHARED_TOPIC = 20;
    static final int OTHER_REGION = 15;
    static final int OTHER_COUNTRY = 10;
    static final int PER_FREE_PLACE = 5;
    static final int MAX_FREE_PLACE_POINTS = 15;
    static final int MAX_EXPERIENCE_POINTS = 10;

    /** Who asks, as matching sees them. */
    public record Mentee(long requestId, long userId, String name, long regionId, String region, String country,
                         Set<String> topics, List<String> languages, boolean otherRegion, boolean otherCountry) {
    }

    /** Who could mentor, as matching sees them; {@code freePlaces} is capacity minus live pairings. */
    public record Mentor(long userId, String name, long regionId, String region, String country, Set<String> topics,
                         Set<String> languages, int freePlaces, int yearsExperience) {
    }

    public record Scored(int score, List<Reason> reasons) {
    }

    private MatchScoring() {
    }

    public static Optional<Scored> score(Mentee mentee, Mentor mentor) {
        if (mentee.userId() == mentor.userId()) return Optional.empty();
        List<String> shared = mentee.languages().stream().filter(mentor.languages()::contains).toList();
        if (shared.isEmpty()) return Optional.empty();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("match.reason.language", String.join(",", shared)));
        int score = 10;
        Set<String> common = new HashSet<>(mentee.topics());
        common.retainAll(mentor.topics());
        score += common.size() * PER_SHARED_TOPIC;
        if (!mentee.topics().isEmpty()) {
            reasons.add(Reason.of("match.reason.topics", common.size(), mentee.topics().size()));
        }
        boolean otherRegion = mentee.regionId() != mentor.regionId();
        boolean otherCountry = !mentee.country().equals(mentor.country());
        if (mentee.otherRegion() && otherRegion) score += OTHER_REGION;
        if (mentee.otherCountry() && otherCountry) score += OTHER_COUNTRY;
        reasons.add(Reason.of(otherRegion ? "match.reason.regions" : "match.reason.same-region", mentee.region(), mentor.region()));
        int placePoints = Math.min(MAX_FREE_PLACE_POINTS, Math.max(0, mentor.freePlaces()) * PER_FREE_PLACE);
        score += placePoints;
        reasons.add(Reason.of("match.reason.places", mentor.freePlaces()));
        int experience = Math.min(MAX_EXPERIENCE_POINTS, mentor.yearsExperience());
        score += experience;
        reasons.add(Reason.of("match.reason.experience", mentor.yearsExperience()));
        return Optional.of(new Scored(score, List.copyOf(reasons)));
    }
}
