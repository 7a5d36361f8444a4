package eu.regioacademy.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantCalculatorTest {

    private static final Map<String, BigDecimal> RATES = Map.of("SE", new BigDecimal("144"), "IT", new BigDecimal("126"));
    private static final List<CallDraft.TravelBand> BANDS = List.of(new CallDraft.TravelBand(499, new BigDecimal("211")),
            new CallDraft.TravelBand(1999, new BigDecimal("309")), new CallDraft.TravelBand(3999, new BigDecimal("395")));

    @Test
    void days_times_the_host_countrys_rate_plus_the_distance_bands_travel() {
        GrantEstimate g = GrantCalculator.estimate(RATES, BANDS, "IT", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 21), 1800);
        assertThat(g.days()).isEqualTo(21);
        assertThat(g.subsistence()).isEqualByComparingTo("2646");
        assertThat(g.travel()).isEqualByComparingTo("309");
        assertThat(g.total()).isEqualByComparingTo("2955");
    }

    @Test
    void a_partial_week_counts_its_days_not_a_whole_week() {
        GrantEstimate g = GrantCalculator.estimate(RATES, BANDS, "SE", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 17), 300);
        assertThat(g.days()).isEqualTo(17);
        assertThat(g.subsistence()).isEqualByComparingTo("2448");
        assertThat(AllocationService.workingHours(17)).as("13 working days of 7 hours").isEqualByComparingTo("91");
    }

    @Test
    void band_edges_and_distances_beyond_the_last_band() {
        LocalDate d = LocalDate.of(2027, 3, 1);
        assertThat(GrantCalculator.estimate(RATES, BANDS, "SE", d, d.plusDays(13), 499).travel()).isEqualByComparingTo("211");
        assertThat(GrantCalculator.estimate(RATES, BANDS, "SE", d, d.plusDays(13), 500).travel()).isEqualByComparingTo("309");
        assertThat(GrantCalculator.estimate(RATES, BANDS, "SE", d, d.plusDays(13), 9000).travel()).isEqualByComparingTo("395");
    }

    @Test
    void an_unknown_host_country_is_a_clear_error_not_a_zero() {
        assertThatThrownBy(() -> GrantCalculator.estimate(RATES, BANDS, "PT", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), 100))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("grant", "grant.error.unknown-country"));
    }
}
