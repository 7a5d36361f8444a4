package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several application instances share one database: their timers fire together, one runs
 * the reminders (ShedLock's row in the database), and each reminder goes out exactly once.
 * Committed data, removed afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReminderLockTest {

    @Autowired
    StudyVisitReminders reminders;
    @Autowired
    StudyVisitFixture fixture;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DSLContext db;

    private long visit;

    @AfterEach
    void removeVisit() {
        transaction.executeWithoutResult(s -> fixture.remove(visit));
    }

    @Test
    void four_nodes_firing_at_once_send_each_reminder_exactly_once() throws Exception {
        long[] application = new long[1];
        transaction.executeWithoutResult(s -> {
            visit = fixture.visit(VisitStatus.CONFIRMED, 5);
            fixture.moveTo(visit, fixture.today().plusDays(1));
            application[0] = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        });
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(nodes.submit(() -> {
                start.await();
                reminders.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) run.get();
        nodes.shutdown();

        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.EVENT_KEY.eq("visit-reminder:" + application[0]))).isEqualTo(1);
        assertThat(db.fetchCount(DSL.table("shedlock"), DSL.field("name").eq("study-visit-reminders"))).isEqualTo(1);

        reminders.sendDue();
        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.EVENT_KEY.eq("visit-reminder:" + application[0])))
                .as("a later run does not repeat it").isEqualTo(1);
    }
}
