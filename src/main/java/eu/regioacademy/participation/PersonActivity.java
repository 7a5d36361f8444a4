package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.time.Instant;

/** One person behind a figure: their entries in the filter, and when they last took part. */
public record PersonActivity(long userId, String name, String regionName, long entries, BigDecimal quantity,
                             Instant lastActivity) {
}
