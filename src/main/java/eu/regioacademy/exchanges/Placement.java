package eu.regioacademy.exchanges;

import java.time.LocalDate;
import java.util.List;

/** A placement as listed, with how many places are still free. */
public record Placement(long id, long callId, long hostRegionId, String hostRegion, String department, List<String> topics,
                        String work, String supervisorName, List<String> languages, int places, int allocated,
                        LocalDate availableFrom, LocalDate availableUntil) {

    public int free() {
        return Math.max(0, places - allocated);
    }
}
