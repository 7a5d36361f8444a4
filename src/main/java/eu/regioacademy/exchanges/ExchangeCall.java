package eu.regioacademy.exchanges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A call as people read it, with its rules, rate tables and whether it takes applications today. */
public record ExchangeCall(long id, String name, String description, LocalDate applicationsOpen,
                           LocalDate applicationsClose, LocalDate periodStarts, LocalDate periodEnds, int minWeeks,
                           int maxWeeks, int maxApplications, Map<String, BigDecimal> dailyRates,
                           List<CallDraft.TravelBand> travelBands, boolean open) {
}
