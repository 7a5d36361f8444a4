package eu.regioacademy.studyvisits;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the eligible-cost rules give one participant: days × daily allowance plus the
 * travel amount of the distance band between the two regions. An estimate, not a payment.
 *
 * @param distanceKm   null when a region has no coordinates; travel is then unknown
 * @param travelAmount null with an unknown distance
 */
public record CostEstimate(int days, BigDecimal dailyAllowance, @Nullable Integer distanceKm,
                           @Nullable BigDecimal travelAmount) {

    public BigDecimal allowance() {
        return dailyAllowance.multiply(BigDecimal.valueOf(days));
    }

    public BigDecimal total() {
        return travelAmount == null ? allowance() : allowance().add(travelAmount);
    }
}
