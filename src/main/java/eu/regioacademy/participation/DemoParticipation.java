package eu.regioacademy.participation;

import eu.regioacademy.people.GeneratedStaff;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of participation by 150 staff of the member regions, so a fresh demo shows a
 * dashboard with something in it. Added once; the demo people's own activity comes from
 * the other features' demo data.
 */
@Component
@Order(80)
@ConditionalOnBooleanProperty("regio.demo-data")
class DemoParticipation implements ApplicationRunner {

    static final int PEOPLE = 150;
    static final int ENTRIES = 4000;
    private static final long SEED = 2026;
    private static final Logger log = LoggerFactory.getLogger(DemoParticipation.class);

    private final GeneratedStaff staff;
    private final GeneratedParticipation history;
    private final Clock clock;

    private final boolean enabled;

    /** @param enabled off in tests, whose figures are computed by hand from their own entries */
    DemoParticipation(GeneratedStaff staff, GeneratedParticipation history, Clock clock,
                      @org.springframework.beans.factory.annotation.Value("${regio.demo-history:true}") boolean enabled) {
        this.enabled = enabled;
        this.staff = staff;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || history.present()) return;
        LocalDate today = LocalDate.now(clock);
        history.generate(staff.ensure(PEOPLE, SEED), today.minusYears(1).plusDays(1), today, ENTRIES, SEED, n -> { });
        log.info("Demo data: a year of participation ({} entries by {} staff)", ENTRIES, PEOPLE);
    }
}
