package eu.regioacademy.exchanges;

import eu.regioacademy.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The grant estimate from a call's tables. Every calendar day of the stay counts (a
 * partial week is its days, not a whole week); a host country without a rate is an error,
 * never a silent zero.
 */
final class GrantCalculator {

    private GrantCalculator() {
    }

    static GrantEstimate estimate(Map<String, BigDecimal> dailyRates, List<CallDraft.TravelBand> bands, String hostCountry,
                                  LocalDate from, LocalDate until, int distanceKm) {
        BigDecimal rate = dailyRates.get(hostCountry);
        if (rate == null) throw InvalidInputException.of("grant", "grant.error.unknown-country");
        if (bands.isEmpty()) throw InvalidInputException.of("grant", "grant.error.no-travel-bands");
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        BigDecimal travel = bands.stream().sorted(Comparator.comparingInt(CallDraft.TravelBand::upToKm))
                .filter(b -> b.upToKm() >= distanceKm).findFirst()
                .orElse(bands.stream().max(Comparator.comparingInt(CallDraft.TravelBand::upToKm)).orElseThrow())
                .amount();
        return new GrantEstimate(days, rate, distanceKm, travel);
    }
}
