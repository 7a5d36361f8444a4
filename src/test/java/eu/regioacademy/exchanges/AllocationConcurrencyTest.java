package eu.regioacademy.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.EXCHANGE_APPLICATION;

import eu.regioacademy.ConcurrentAttempts;
import eu.regioacademy.ExtraPeople;
import eu.regioacademy.TestUsers;
import org.jooq.DSLContext;
import eu.regioacademy.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Real parallel transactions on MariaDB. Committed, then removed. */
@SpringBootTest
@ActiveProfiles("test")
class AllocationConcurrencyTest {

    private static final List<String> PEOPLE = List.of("olena.kovalenko@example.org", "eleni.papadopoulou@example.org",
            "giuseppe.esposito@example.org", "ana.sousa@example.org");

    @Autowired
    AllocationService allocations;
    @Autowired
    ExchangeFixture fixture;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;

    @Autowired
    ExchangeService exchanges;
    @Autowired
    DSLContext db;

    private List<String> extraPeople = List.of();

    @AfterEach
    void remove() {
        transaction.executeWithoutResult(s -> {
            fixture.removeOf(PEOPLE.toArray(String[]::new));
            fixture.removeOf(extraPeople.toArray(String[]::new));
            db.deleteFrom(EXCHANGE_APPLICATION).where(EXCHANGE_APPLICATION.MOTIVATION.eq(RACE_MOTIVATION)).execute();
            ExtraPeople.remove(db, extraPeople);
        });
    }

    private static final String RACE_MOTIVATION = "Twenty clicks on apply";

    @Test
    void twenty_allocations_to_a_one_place_placement_at_once_give_one_place_and_clean_refusals() throws Exception {
        List<Long> ids = new ArrayList<>();
        long[] placement = new long[1];
        transaction.executeWithoutResult(s -> {
            extraPeople = ExtraPeople.create(db, "allocation-race", ConcurrentAttempts.TWENTY);
            Placement murcia = fixture.placement("Región de Murcia");
            placement[0] = murcia.id();
            LocalDate start = fixture.call().periodStarts().plusWeeks(1);
            extraPeople.forEach(p -> ids.add(fixture.application(p, murcia, 1, start, start.plusWeeks(3), true)));
        });
        int places = fixture.placement("Región de Murcia").places();
        Authentication secretariat = TestUsers.signIn(context, TestUsers.SECRETARIAT);
        SecurityContextHolder.clearContext();

        ConcurrentAttempts.Outcome outcome = ConcurrentAttempts.run(ids.size(), i -> secretariat,
                i -> allocations.allocate(ids.get(i))).assertOnlyDomainRefusals();

        assertThat(outcome.succeeded()).isEqualTo(places);
        assertThat(outcome.refusalKeys()).hasSize(ids.size() - places).containsOnly("exchange.error.full");
        assertThat(db.fetchCount(EXCHANGE_ALLOCATION, EXCHANGE_ALLOCATION.PLACEMENT_ID.eq(placement[0]))).isEqualTo(places);
    }

    @Test
    void twenty_clicks_on_apply_for_one_placement_at_once_make_one_application() throws Exception {
        Placement skane = fixture.placement("Skåne");
        LocalDate start = fixture.call().periodStarts().plusWeeks(1);
        Authentication ana = TestUsers.signIn(context, "ana.sousa@example.org");
        SecurityContextHolder.clearContext();

        ConcurrentAttempts.Outcome outcome = ConcurrentAttempts.run(ConcurrentAttempts.TWENTY, i -> ana,
                i -> exchanges.apply(skane.id(), 1, RACE_MOTIVATION, start, start.plusWeeks(3))).assertOnlyDomainRefusals();

        assertThat(outcome.succeeded()).isEqualTo(1);
        assertThat(outcome.refusals()).hasSize(19);
        assertThat(db.fetchCount(EXCHANGE_APPLICATION, EXCHANGE_APPLICATION.MOTIVATION.eq(RACE_MOTIVATION))).isEqualTo(1);
    }

    private int race(List<Long> applications) throws Exception {
        Authentication secretariat = TestUsers.signIn(context, TestUsers.SECRETARIAT);
        SecurityContextHolder.clearContext();
        ExecutorService pool = Executors.newFixedThreadPool(applications.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (long id : applications) {
            Callable<Boolean> allocate = () -> {
                SecurityContextHolder.getContext().setAuthentication(secretariat);
                go.await();
                try {
                    allocations.allocate(id);
                    return true;
                } catch (InvalidInputException refused) {
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(allocate));
        }
        go.countDown();
        int allocated = 0;
        for (Future<Boolean> r : results) if (r.get()) allocated++;
        pool.shutdown();
        return allocated;
    }

    @Test
    void four_allocations_to_a_one_place_placement_at_once_give_one_place() throws Exception {
        List<Long> ids = new ArrayList<>();
        transaction.executeWithoutResult(s -> {
            Placement murcia = fixture.placement("Región de Murcia");
            LocalDate start = fixture.call().periodStarts().plusWeeks(1);
            PEOPLE.forEach(p -> ids.add(fixture.application(p, murcia, 1, start, start.plusWeeks(3), true)));
        });
        assertThat(race(ids)).isEqualTo(1);
    }

    @Test
    void one_person_allocated_to_two_placements_of_the_call_at_once_gets_one() throws Exception {
        List<Long> ids = new ArrayList<>();
        transaction.executeWithoutResult(s -> {
            LocalDate start = fixture.call().periodStarts().plusWeeks(1);
            ids.add(fixture.application(PEOPLE.getFirst(), fixture.placement("Skåne"), 1, start, start.plusWeeks(3), true));
            ids.add(fixture.application(PEOPLE.getFirst(), fixture.placement("Puglia"), 2, start.plusWeeks(6),
                    start.plusWeeks(9), true));
        });
        assertThat(race(ids)).isEqualTo(1);
    }
}
