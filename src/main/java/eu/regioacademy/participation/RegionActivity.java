package eu.regioacademy.participation;

import eu.regioacademy.people.Commission;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One member region's participation in a period: the per-region table, chart and map. */
public record RegionActivity(long regionId, String name, String nutsCode, String countryCode,
                             Commission commission, @Nullable Double latitude, @Nullable Double longitude,
                             long people, long entries, BigDecimal trainingHours, long modulesCompleted,
                             BigDecimal visitDays, BigDecimal exchangeWeeks, long certificates) {
}
