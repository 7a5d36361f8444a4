package eu.regioacademy.participation;

import eu.regioacademy.people.Commission;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A member region as the dashboard filters, maps and labels it. */
public record RegionInfo(long id, String name, String nutsCode, String countryCode, Commission commission,
                         @Nullable Double latitude, @Nullable Double longitude) {

    RegionActivity activity(long people, long entries, BigDecimal trainingHours, long modulesCompleted,
                            BigDecimal visitDays, BigDecimal exchangeWeeks, long certificates) {
        return new RegionActivity(id, name, nutsCode, countryCode, commission, latitude, longitude, people, entries,
                trainingHours, modulesCompleted, visitDays, exchangeWeeks, certificates);
    }
}
