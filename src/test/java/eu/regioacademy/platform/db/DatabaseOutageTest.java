package eu.regioacademy.platform.db;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import eu.regioacademy.KaribuTest;
import jakarta.servlet.Filter;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.VerificationCode;
import eu.regioacademy.platform.ui.InternalErrorView;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitStatus;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.slf4j.LoggerFactory;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * MariaDB stops under a running app and comes back (issue 10). The test has its own embedded
 * MariaDB (own binaries and data under target/, own port), so stopping it disturbs no other
 * test; its transactions are real and committed, since a rolled-back test transaction would
 * die with the database.
 */
@TestPropertySource(properties = {
        "regio.embedded-db.base-dir=target/outage-mariadb-base",
        "regio.embedded-db.data-dir=target/outage-mariadb"})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseOutageTest extends KaribuTest {

    static final String UNAVAILABLE = "The service is temporarily unavailable. Your last action was not saved; "
            + "please try again in a few minutes.";
    private static final String APPLICANT = "jiri.novak@example.org";

    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    StudyVisitFixture visits;
    @Autowired
    VisitApplicationService applications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DSLContext db;
    @Autowired
    DatabaseUnavailableFilter unavailableFilter;
    @Autowired
    WebApplicationContext web;
    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;
    @Autowired
    StopAfterInsert stopAfterInsert;
    @Autowired
    javax.sql.DataSource dataSource;

    private boolean stopped;
    private long visit;

    /** Stops the database right after the next insert into a table, inside whatever transaction made it. */
    static final class StopAfterInsert implements ExecuteListener {
        private final AtomicBoolean armed = new AtomicBoolean();
        private final AtomicBoolean fired = new AtomicBoolean();
        private volatile String table = "";
        private volatile EmbeddedMariaDb database;

        void arm(EmbeddedMariaDb database, String table) {
            this.database = database;
            this.table = table;
            fired.set(false);
            armed.set(true);
        }

        boolean fired() {
            return fired.get();
        }

        @Override
        public void executeEnd(ExecuteContext ctx) {
            String sql = ctx.sql();
            // "insert into" or "insert ignore into"
            if (sql != null && sql.startsWith("insert ") && sql.contains(" into `" + table + "`")
                    && armed.compareAndSet(true, false)) {
                database.stopForFaultTest();
                fired.set(true);
            }
        }
    }

    @TestConfiguration
    static class Trigger {
        @Bean
        StopAfterInsert stopAfterInsert() {
            return new StopAfterInsert();
        }

        @Bean
        ExecuteListenerProvider stopAfterInsertProvider(StopAfterInsert listener) {
            return new DefaultExecuteListenerProvider(listener);
        }
    }

    private void stopDatabase() {
        database.stopForFaultTest();
        stopped = true;
    }

    /**
     * Restarts the server and waits (at most 30 s) until the app's own pool, untouched, hands out
     * a working connection again: the pool retries in the background with a growing pause, so
     * the first action right after the restart may still wait for it.
     */
    private void startDatabase() {
        database.restart();
        stopped = false;
        long started = System.nanoTime();
        while (true) {
            try (var connection = dataSource.getConnection()) {
                if (connection.isValid(2)) break;
            } catch (java.sql.SQLException stillDown) {
                if (System.nanoTime() - started > 30_000_000_000L) throw new AssertionError("The pool did not recover", stillDown);
            }
        }
        LoggerFactory.getLogger(DatabaseOutageTest.class).info("Pool recovered {} ms after the database restarted",
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterEach
    void databaseBackAndVisitGone() {
        if (stopped) startDatabase();
        if (visit != 0) transaction.executeWithoutResult(s -> visits.remove(visit));
    }

    private int applicationsOf(String email) {
        return db.fetchCount(VISIT_APPLICATION, VISIT_APPLICATION.VISIT_ID.eq(visit)
                .and(VISIT_APPLICATION.APPLICANT_ID.eq(visits.userId(email))));
    }

    @Test
    void a_user_in_a_view_is_told_the_service_is_temporarily_unavailable_and_carries_on_once_the_database_is_back() {
        visit = transaction.execute(s -> visits.visit(VisitStatus.OPEN, 5));
        signInAs(APPLICANT);
        navigateTo("study-visits/" + visit);
        TestUsers.useSecurityContextOf(context);
        TextArea motivation = _get(TextArea.class, spec -> spec.withLabel("Why do you want to take part?"));
        fill(motivation, "We open two language cafés next spring.");

        stopDatabase();
        Button apply = _get(Button.class, spec -> spec.withText("Apply"));
        // as Vaadin does with an exception from a listener: it goes to the session's error handler
        assertThatThrownBy(() -> _click(apply)).satisfies(failure ->
                VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure)));
        expectNotifications(UNAVAILABLE);
        assertThat(apply.isEnabled()).as("the user can try again").isTrue();

        navigateTo("study-visits/" + visit);
        assertThat(UI.getCurrent().getCurrentView()).as("a page opened meanwhile").isInstanceOf(InternalErrorView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Temporarily unavailable");

        startDatabase();
        navigateTo("study-visits/" + visit);
        fill(_get(TextArea.class, spec -> spec.withLabel("Why do you want to take part?")),
                "We open two language cafés next spring.");
        _click(_get(Button.class, spec -> spec.withText("Apply")));
        expectNotifications("Application sent. Your regional coordinator has been asked to endorse it.");
        assertThat(applicationsOf(APPLICANT)).isEqualTo(1);
    }

    @Test
    void a_transaction_cut_by_the_outage_leaves_nothing_half_written_and_the_next_call_works_without_a_restart() {
        visit = transaction.execute(s -> visits.visit(VisitStatus.OPEN, 5));
        int notificationsBefore = db.fetchCount(NOTIFICATION);
        // the demo learner's region (Skåne) has a coordinator, so applying also writes a notification
        TestUsers.signIn(context, TestUsers.LEARNER);

        // apply: lock the visit, insert the application, read its id, notify the coordinators; cut after the insert
        stopAfterInsert.arm(database, VISIT_APPLICATION.getName());
        try {
            assertThatThrownBy(() -> applications.apply(visit, "Cut off halfway", ""))
                    .matches(DatabaseUnavailable::isCauseOf, "recognised as the database being unavailable");
        } finally {
            stopped = stopAfterInsert.fired();
        }
        assertThat(stopped).as("the database was killed right after the insert").isTrue();
        startDatabase();

        assertThat(applicationsOf(TestUsers.LEARNER)).as("the insert was never committed").isZero();
        assertThat(db.fetchCount(NOTIFICATION)).isEqualTo(notificationsBefore);

        applications.apply(visit, "Second try, database back", "");
        assertThat(applicationsOf(TestUsers.LEARNER)).isEqualTo(1);
        assertThat(db.fetchCount(NOTIFICATION)).isGreaterThan(notificationsBefore);
        SecurityContextHolder.clearContext();
    }

    @Test
    void http_endpoints_answer_503_with_retry_after_and_no_stack_trace_while_the_database_is_down() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).addFilters(unavailableFilter, security).build();
        String code = VerificationCode.random().display();

        stopDatabase();
        String body = http.perform(get("/api/certificates/" + code))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).isEqualTo(DatabaseUnavailableFilter.MESSAGE);

        startDatabase();
        http.perform(get("/api/certificates/" + code)).andExpect(status().isNotFound());
    }
}
