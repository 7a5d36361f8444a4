package eu.regioacademy.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchScoringTest {

    static MatchScoring.Mentee mentee(Set<String> topics, List<String> languages, boolean otherRegion) {
        return new MatchScoring.Mentee(1, 100, "Elin", 1, "Skåne", "SE", topics, languages, otherRegion, false);
    }

    static MatchScoring.Mentor mentor(long id, long region, String regionName, String country, Set<String> topics,
                                      Set<String> languages, int free, int years) {
        return new MatchScoring.Mentor(id, "Mentor " + id, region, regionName, country, topics, languages, free, years);
    }

    @Test
    void without_a_shared_working_language_there_is_no_match() {
        assertThat(MatchScoring.score(mentee(Set.of("health"), List.of("sv"), true),
                mentor(2, 2, "Murcia", "ES", Set.of("health"), Set.of("es"), 3, 10))).isEmpty();
    }

    @Test
    void a_mentee_is_never_matched_with_themselves() {
        var self = new MatchScoring.Mentor(100, "Elin", 1, "Skåne", "SE", Set.of("health"), Set.of("en"), 2, 5);
        assertThat(MatchScoring.score(mentee(Set.of("health"), List.of("en"), false), self)).isEmpty();
    }

    @Test
    void the_score_adds_topics_other_region_free_places_and_experience_and_says_why() {
        var scored = MatchScoring.score(mentee(Set.of("health", "reception", "funding"), List.of("en", "es"), true),
                mentor(2, 2, "Murcia", "ES", Set.of("health", "reception", "employment"), Set.of("es", "fr"), 2, 12)).orElseThrow();

        int expected = 10 + 2 * MatchScoring.PER_SHARED_TOPIC + MatchScoring.OTHER_REGION + 2 * MatchScoring.PER_FREE_PLACE
                + MatchScoring.MAX_EXPERIENCE_POINTS;
        assertThat(scored.score()).isEqualTo(expected);
        assertThat(scored.reasons()).containsExactly(
                Reason.of("match.reason.language", "es"),
                Reason.of("match.reason.topics", 2, 3),
                Reason.of("match.reason.regions", "Skåne", "Murcia"),
                Reason.of("match.reason.places", 2),
                Reason.of("match.reason.experience", 12));
    }

    @Test
    void more_shared_topics_rank_higher_and_the_other_region_wish_counts_only_when_asked() {
        var asked = mentee(Set.of("health", "reception"), List.of("en"), true);
        var notAsked = mentee(Set.of("health", "reception"), List.of("en"), false);
        var twoTopics = mentor(2, 2, "Murcia", "ES", Set.of("health", "reception"), Set.of("en"), 1, 5);
        var oneTopic = mentor(3, 2, "Murcia", "ES", Set.of("health"), Set.of("en"), 1, 5);
        assertThat(MatchScoring.score(asked, twoTopics).orElseThrow().score())
                .isGreaterThan(MatchScoring.score(asked, oneTopic).orElseThrow().score());
        assertThat(MatchScoring.score(asked, twoTopics).orElseThrow().score() - MatchScoring.score(notAsked, twoTopics)
                .orElseThrow().score()).isEqualTo(MatchScoring.OTHER_REGION);
    }
}
