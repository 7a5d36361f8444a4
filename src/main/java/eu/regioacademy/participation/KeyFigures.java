package eu.regioacademy.participation;

import java.math.BigDecimal;

/**
 * The dashboard's headline numbers for one period.
 *
 * @param activePairs mentoring pairs that held at least one session in the period
 * @param quietPairs  pairs running during the period that held none
 */
public record KeyFigures(long people, long regions, BigDecimal trainingHours, long modulesCompleted,
                         BigDecimal visitDays, long activePairs, long quietPairs, BigDecimal exchangeWeeks,
                         long certificates) {
}
