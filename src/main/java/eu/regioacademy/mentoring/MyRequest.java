package eu.regioacademy.mentoring;

import java.util.List;
import java.util.Set;

/** The learner's own request, and whether it is still waiting for a mentor. */
public record MyRequest(long id, long cycleId, String cycleName, String goals, Set<String> topics, List<String> languages,
                        boolean otherRegion, boolean otherCountry, String status) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
