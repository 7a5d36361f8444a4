package eu.regioacademy.exchanges;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: an open exchange call with placements in Skåne (the demo coordinator's
 * region), Murcia and Puglia, and the demo learner's two ranked applications.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("regio.demo-data")
class DemoExchanges implements ApplicationRunner {

    private final ExchangeRepository exchanges;
    private final AllocationRepository allocations;
    private final ExchangePeopleQuery people;
    private final Clock clock;

    DemoExchanges(ExchangeRepository exchanges, AllocationRepository allocations, ExchangePeopleQuery people, Clock clock) {
        this.exchanges = exchanges;
        this.allocations = allocations;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!exchanges.calls("en", LocalDate.now(clock)).isEmpty()) return;
        LocalDate today = LocalDate.now(clock);
        long secretariat = people.idOf("secretariat@example.org");
        Map<String, BigDecimal> rates = Map.of("SE", new BigDecimal("144"), "ES", new BigDecimal("126"),
                "IT", new BigDecimal("126"), "PT", new BigDecimal("108"), "FR", new BigDecimal("144"), "GR", new BigDecimal("108"));
        long call = exchanges.insertCall(new CallDraft("REGIN staff exchange " + today.plusMonths(3).getYear(),
                Map.of("en", "Officers of member regions spend two to six weeks in a department of another region working on "
                        + "migrant integration, with a learning agreement and a recognition record at the end.",
                        "fr", "Les agents des régions membres passent deux à six semaines dans un service d'une autre région."),
                today.minusWeeks(2), today.plusWeeks(6), today.plusMonths(3), today.plusMonths(9), 2, 6, 3, rates,
                List.of(new CallDraft.TravelBand(499, new BigDecimal("211")), new CallDraft.TravelBand(1999, new BigDecimal("309")),
                        new CallDraft.TravelBand(3999, new BigDecimal("395")), new CallDraft.TravelBand(7999, new BigDecimal("580")))),
                secretariat);
        LocalDate from = today.plusMonths(3);
        LocalDate until = today.plusMonths(9);
        long skane = placement(call, "SE224", "Partnership Skåne — civic and health orientation", "coordinator@example.org",
                List.of("en", "sv"), 2, from, until, "health", "Take part in planning the next course round and the indicator report.");
        placement(call, "ES62", "Job-matching desk, Consejería de Política Social", "maria.martinez@example.org",
                List.of("es", "en"), 1, from, until, "employment", "Work with the desk's team on employer partnerships.");
        long puglia = placement(call, "ITF4", "Regional AMIF programme office", "francesca.lorusso@example.org",
                List.of("it", "en"), 1, from, until, "funding", "Help prepare the next AMIF call for municipalities.");
        long learner = people.idOf("learner@example.org");
        long learnerRegion = regionOf("SE224");
        allocations.insertApplication(call, puglia, learner, learnerRegion, 1,
                "Our region applies for AMIF funding next year and I will coordinate the application.", from.plusWeeks(2),
                from.plusWeeks(5).minusDays(1));
        allocations.insertApplication(call, skane, people.idOf("jiri.novak@example.org"), regionOf("ES51"), 1,
                "To learn how Skåne runs health orientation in newcomers' languages.", from.plusWeeks(1), from.plusWeeks(4).minusDays(1));
    }

    private long placement(long call, String nuts, String department, String supervisor, List<String> languages, int places,
                           LocalDate from, LocalDate until, String topic, String work) {
        long region = regionOf(nuts);
        return exchanges.insertPlacement(new PlacementDraft(call, region, department, Set.of(topic), work, supervisor, languages,
                places, from, until), people.idOf(supervisor), people.idOf("secretariat@example.org"));
    }

    private long regionOf(String nuts) {
        return exchanges.regionIdOf(nuts);
    }
}
