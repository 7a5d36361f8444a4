package eu.regioacademy.exchanges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the secretariat sets for an exchange call: window, period, rules and rate tables. */
public record CallDraft(String name, Map<String, String> descriptions, LocalDate applicationsOpen,
                        LocalDate applicationsClose, LocalDate periodStarts, LocalDate periodEnds, int minWeeks,
                        int maxWeeks, int maxApplications, Map<String, BigDecimal> dailyRates, List<TravelBand> travelBands) {

    public CallDraft {
        descriptions = Map.copyOf(descriptions);
        dailyRates = Map.copyOf(dailyRates);
        travelBands = List.copyOf(travelBands);
    }

    public record TravelBand(int upToKm, BigDecimal amount) {
    }
}
