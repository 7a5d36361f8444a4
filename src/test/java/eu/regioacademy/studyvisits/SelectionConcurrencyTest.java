package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ConcurrentAttempts;
import eu.regioacademy.ExtraPeople;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Real parallel transactions on MariaDB, so not rolled back: the test removes what it made. */
@SpringBootTest
@ActiveProfiles("test")
class SelectionConcurrencyTest {

    private static final List<String> APPLICANTS = List.of(TestUsers.LEARNER, TestUsers.MENTOR, "ana.sousa@example.org",
            "giuseppe.esposito@example.org", "francesca.lorusso@example.org", "eleni.papadopoulou@example.org",
            "olena.kovalenko@example.org", "jiri.novak@example.org", "maria.martinez@example.org", TestUsers.ADMIN);

    @Autowired
    VisitApplicationService applications;
    @Autowired
    StudyVisitFixture fixture;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    private long visit;
    private List<String> extraPeople = List.of();

    @AfterEach
    void removeVisit() {
        transaction.executeWithoutResult(s -> {
            fixture.remove(visit);
            ExtraPeople.remove(db, extraPeople);
        });
    }

    @Test
    void twenty_selections_of_twenty_applicants_at_once_fill_exactly_the_three_places() throws Exception {
        List<Long> ids = new ArrayList<>();
        transaction.executeWithoutResult(s -> {
            extraPeople = ExtraPeople.create(db, "selection-race", ConcurrentAttempts.TWENTY);
            visit = fixture.visit(VisitStatus.SELECTION, 3);
            extraPeople.forEach(email -> ids.add(fixture.application(visit, email, ApplicationStatus.ENDORSED)));
        });
        Authentication coordinator = TestUsers.signIn(context, TestUsers.COORDINATOR);
        Authentication secretariat = TestUsers.signIn(context, TestUsers.SECRETARIAT);
        SecurityContextHolder.clearContext();

        ConcurrentAttempts.Outcome outcome = ConcurrentAttempts.run(ids.size(), i -> i % 2 == 0 ? coordinator : secretariat,
                i -> applications.select(ids.get(i))).assertOnlyDomainRefusals();

        assertThat(outcome.succeeded()).isEqualTo(3);
        assertThat(outcome.refusalKeys()).hasSize(17).containsOnly("application.error.visit-full");
        assertThat(db.select(VISIT_APPLICATION.PLACE_NO).from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(visit).and(VISIT_APPLICATION.PLACE_NO.isNotNull()))
                .fetch(VISIT_APPLICATION.PLACE_NO)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(db.fetchCount(VISIT_APPLICATION, VISIT_APPLICATION.VISIT_ID.eq(visit)
                .and(VISIT_APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))).isEqualTo(3);
    }

    @Test
    void twenty_clicks_on_apply_by_one_person_at_once_make_one_application() throws Exception {
        transaction.executeWithoutResult(s -> visit = fixture.visit(VisitStatus.OPEN, 3));
        Authentication learner = TestUsers.signIn(context, TestUsers.LEARNER);
        SecurityContextHolder.clearContext();

        ConcurrentAttempts.Outcome outcome = ConcurrentAttempts.run(ConcurrentAttempts.TWENTY, i -> learner,
                i -> applications.apply(visit, "I want to learn from the language cafés.", "")).assertOnlyDomainRefusals();

        assertThat(outcome.succeeded()).isEqualTo(1);
        assertThat(outcome.refusalKeys()).hasSize(19).containsOnly("application.error.already-applied");
        assertThat(db.fetchCount(VISIT_APPLICATION, VISIT_APPLICATION.VISIT_ID.eq(visit))).isEqualTo(1);
    }

    @Test
    void two_hosts_selecting_ten_applicants_at_once_never_fill_more_than_the_three_places() throws Exception {
        List<Long> ids = new ArrayList<>();
        transaction.executeWithoutResult(s -> {
            visit = fixture.visit(VisitStatus.SELECTION, 3);
            APPLICANTS.forEach(email -> ids.add(fixture.application(visit, email, ApplicationStatus.ENDORSED)));
        });
        Authentication coordinator = TestUsers.signIn(context, TestUsers.COORDINATOR);
        Authentication secretariat = TestUsers.signIn(context, TestUsers.SECRETARIAT);
        SecurityContextHolder.clearContext();

        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Authentication host = i % 2 == 0 ? coordinator : secretariat;
            results.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(host);
                start.await();
                try {
                    applications.select(id);
                    return true;
                } catch (InvalidInputException full) {
                    assertThat(full.errorKeysByField()).containsEntry("capacity", "application.error.visit-full");
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        int selected = 0;
        for (Future<Boolean> result : results) if (result.get()) selected++;
        pool.shutdown();

        assertThat(selected).isEqualTo(3);
        assertThat(db.select(VISIT_APPLICATION.PLACE_NO).from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(visit).and(VISIT_APPLICATION.PLACE_NO.isNotNull()))
                .fetch(VISIT_APPLICATION.PLACE_NO)).containsExactlyInAnyOrder(1, 2, 3);
    }
}
