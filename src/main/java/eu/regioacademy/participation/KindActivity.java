package eu.regioacademy.participation;

import java.math.BigDecimal;

/** How many entries of one kind, and their summed quantity (hours, days or weeks). */
public record KindActivity(ParticipationKind kind, long entries, BigDecimal quantity) {
}
