package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Real parallel transactions on MariaDB, so not rolled back: the test removes what it made. */
@SpringBootTest
@ActiveProfiles("test")
class EnrolmentConcurrencyTest {


    @Autowired
    LearningService learning;
    @Autowired
    ContentImportService importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DSLContext db;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private long learnerId;

    @AfterEach
    void removeEnrolment() {
        TrainingFixture.removeEnrolments(db, TrainingFixture.BASICS, TestUsers.LEARNER);
    }

    @Test
    void twenty_simultaneous_clicks_on_enrol_create_one_enrolment_and_one_ledger_entry() throws Exception {
        eu.regioacademy.TestUsers.useSecurityContextOf(context);
        importer.importFrom(TrainingFixture.folder());
        var auth = TestUsers.signIn(users, encoder, TestUsers.LEARNER);
        learnerId = ((eu.regioacademy.platform.security.SignedInUser) auth.getPrincipal()).id();
        SecurityContextHolder.clearContext();
        int clicks = 20;
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            results.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                start.await();
                learning.enrol(TrainingFixture.BASICS);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) result.get();
        pool.shutdown();

        var enrolmentIds = db.select(ENROLMENT.ID).from(ENROLMENT).join(eu.regioacademy.db.Tables.TRAINING_MODULE)
                .on(eu.regioacademy.db.Tables.TRAINING_MODULE.ID.eq(ENROLMENT.MODULE_ID))
                .where(eu.regioacademy.db.Tables.TRAINING_MODULE.CODE.eq(TrainingFixture.BASICS)
                        .and(ENROLMENT.USER_ID.eq(learnerId))).fetch(ENROLMENT.ID);
        assertThat(enrolmentIds).hasSize(1);
        assertThat(db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.SOURCE_TYPE.eq("enrolment")
                .and(PARTICIPATION_ENTRY.SOURCE_ID.eq(enrolmentIds.getFirst())))).isEqualTo(1);
    }
}
