package eu.regioacademy.exchanges;

import java.math.BigDecimal;

/**
 * Days × the host country's daily rate plus the travel amount of the distance band: an
 * estimate from the call's tables, not a payment.
 */
public record GrantEstimate(long days, BigDecimal dailyRate, int distanceKm, BigDecimal travel) {

    public BigDecimal subsistence() {
        return dailyRate.multiply(BigDecimal.valueOf(days));
    }

    public BigDecimal total() {
        return subsistence().add(travel);
    }
}
