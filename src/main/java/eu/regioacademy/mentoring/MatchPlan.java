package eu.regioacademy.mentoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cycle-wide matching the secretariat previews, adjusts and then proposes.
 *
 * @param pairs every open request, with its planned mentor (or none)
 */
public record MatchPlan(long cycleId, MatchMode mode, List<Planned> pairs) {

    public record Planned(long requestId, String menteeName, String menteeRegion, @Nullable Long mentorId,
                          @Nullable String mentorName, int score, List<Reason> reasons, List<Option> options) {

        public boolean matched() {
            return mentorId != null;
        }
    }

    /** A mentor the secretariat may choose instead, with that pair's score. */
    public record Option(long mentorId, String mentorName, int score) {
    }

    public int total() {
        return pairs.stream().mapToInt(Planned::score).sum();
    }

    public long matchedCount() {
        return pairs.stream().filter(Planned::matched).count();
    }
}
