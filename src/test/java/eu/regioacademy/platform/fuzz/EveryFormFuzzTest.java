package eu.regioacademy.platform.fuzz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.SIGN_IN_THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.exchanges.ExchangeFixture;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 10, "Bad input": every form of the app, driven through Karibu with every value of
 * {@link HostileValue#catalogue()}. Each run ends in a message (a field marked invalid or an
 * error notification) or a clean save whose texts read back from the database byte for byte;
 * never an exception, the "something went wrong" message or an error view; values that must be
 * refused (control characters, absurd dates and numbers) are; and no stored script reaches the
 * page as markup, neither right after the save nor when the view is opened again.
 */
class EveryFormFuzzTest extends KaribuTest {

    static final List<String> PEOPLE = List.of("app_user", "region");
    static final List<String> CERTIFICATES = List.of("certificate", "certificate_rendition");
    static final List<String> STUDY_VISITS = List.of("study_visit", "study_visit_text", "study_visit_agenda_item",
            "study_visit_material", "visit_application", "visit_feedback", "visit_follow_up", "hosting_offer");
    static final List<String> MENTORING = List.of("mentor_profile", "mentoring_cycle", "mentoring_request",
            "mentoring_pairing", "mentoring_agreement", "mentoring_goal", "mentoring_session", "mentoring_session_note",
            "mentoring_feedback");
    static final List<String> EXCHANGES = List.of("exchange_call", "exchange_call_text", "placement",
            "exchange_application", "exchange_allocation", "learning_agreement", "exchange_log", "exchange_report");

    /** Leave the field's own (valid) value. */
    static final Object KEEP = new Object();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    DSLContext db;
    @Autowired
    StudyVisitFixture visits;
    @Autowired
    MentoringFixture mentoring;
    @Autowired
    ExchangeFixture exchanges;

    /** Opens the form as its user would; the test has signed in already. */
    @FunctionalInterface
    interface Opener {
        void open(EveryFormFuzzTest test);
    }

    /**
     * One form: who uses it, how to reach it, the button that submits it (null: the fields act
     * at once, as filters do), where it stores its texts (empty: it stores nothing, it filters or
     * checks), and the fields that need a valid value for the others to be tried.
     */
    record Form(String name, String user, Opener open, @Nullable String submit, List<String> tables,
                Map<String, Object> plain, @Nullable String reopen, boolean writes, int oneTextAtATime) {

        /** A form that writes what it does not show again (a password's hash): refusals apply, no read-back. */
        Form writingUnreadable() {
            return new Form(name, user, open, submit, tables, plain, reopen, true, oneTextAtATime);
        }

        /**
         * A form whose hostile texts never reached the save, another field being refused: besides
         * the run with every text hostile, one run per text field (of {@code fields}) with only
         * that one hostile and the others valid, where a short odd text must save and read back.
         */
        Form oneTextAtATime(int fields) {
            return new Form(name, user, open, submit, tables, plain, reopen, writes, fields);
        }

        @Override
        public String toString() {
            return name;
        }

        boolean stores() {
            return !tables.isEmpty();
        }
    }

    static Form form(String name, String user, Opener open, @Nullable String submit, List<String> tables,
                     Map<String, Object> plain, @Nullable String reopen) {
        return new Form(name, user, open, submit, tables, plain, reopen, !tables.isEmpty(), 0);
    }

    static Function<HostileValue, String> uniqueEmail() {
        return v -> "fuzz-" + UNIQUE.incrementAndGet() + "@example.org";
    }

    static List<Form> forms() {
        return List.of(
                form("people: new user (admin)", TestUsers.ADMIN, t -> {
                    navigateTo("admin");
                    click("New user");
                }, "Save", PEOPLE, Map.of("E-mail", uniqueEmail(), "Initial password", "a long enough password"), "admin"),
                form("people: edit user (admin)", TestUsers.ADMIN, t -> {
                    navigateTo("admin");
                    Grid<?> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
                    GridKt._clickItem(grid, 0);
                }, "Save", PEOPLE, Map.of("E-mail", KEEP), "admin"),
                form("people: reset password (admin)", TestUsers.ADMIN, t -> {
                    navigateTo("admin");
                    GridKt._clickItem(_get(Grid.class, spec -> spec.withId("users-grid")), 0);
                    click("Reset password");
                }, "Reset password", List.of(), Map.of(), null).writingUnreadable(),
                form("people: new region (admin)", TestUsers.ADMIN, t -> {
                    navigateTo("admin");
                    _get(TabSheet.class).setSelectedIndex(1);
                    click("New region");
                }, "Save", PEOPLE, Map.of("NUTS code", (Function<HostileValue, String>) v -> "ZZ" + UNIQUE.incrementAndGet(),
                        "Country", "SE"), "admin"),
                form("people: user search (admin)", TestUsers.ADMIN, t -> navigateTo("admin"), null, List.of(), Map.of(), null),
                form("certificates: issue manually (secretariat)", TestUsers.SECRETARIAT, t -> {
                    navigateTo("certificates-admin");
                    click("Issue a certificate");
                    presetDate("Achieved on", d -> java.time.LocalDate.now().minusDays(3));
                }, "Issue a certificate", CERTIFICATES, Map.of("Holder's e-mail", TestUsers.LEARNER), "certificates-admin").oneTextAtATime(1),
                form("certificates: revoke (secretariat)", TestUsers.SECRETARIAT, t -> {
                    navigateTo("certificates-admin");
                    clickInTemplate("revoke", "revoked", false);
                }, "Revoke", CERTIFICATES, Map.of(), "certificates-admin"),
                form("certificates: register filters (secretariat)", TestUsers.SECRETARIAT,
                        t -> navigateTo("certificates-admin"), null, List.of(), Map.of(), null),
                form("certificates: verify a code (anyone)", TestUsers.LEARNER, t -> navigateTo("verify"), "Check",
                        List.of(), Map.of(), null),
                form("training: catalogue filters (learner)", TestUsers.LEARNER, t -> navigateTo("catalog"), null,
                        List.of(), Map.of(), null),
                form("training: enrol a cohort (secretariat)", TestUsers.SECRETARIAT, t -> {
                    navigateTo("training-admin");
                    click("Enrol a cohort");
                }, "Enrol", List.of(), Map.of(), null),
                form("study visits: new visit (coordinator)", TestUsers.COORDINATOR, t -> navigateTo("study-visits/new"),
                        "Save", STUDY_VISITS, Map.of("Link (https://…)", "https://example.org/fuzz"), "study-visits").oneTextAtATime(4),
                form("study visits: list filters (learner)", TestUsers.LEARNER, t -> navigateTo("study-visits"), null,
                        List.of(), Map.of(), null),
                form("study visits: apply (learner)", "jiri.novak@example.org", t -> {
                    navigateTo("study-visits/" + t.visits.visit(VisitStatus.OPEN, 5));
                }, "Apply", STUDY_VISITS, Map.of(), null),
                form("study visits: endorse (coordinator)", TestUsers.COORDINATOR, t -> {
                    t.visits.application(t.visits.visit(VisitStatus.OPEN, 5), TestUsers.LEARNER, ApplicationStatus.PENDING);
                    navigateTo("study-visits/endorsements");
                    clickInGrid("Decide");
                }, "Endorse", STUDY_VISITS, Map.of(), "study-visits/endorsements"),
                form("study visits: decline endorsement (coordinator)", TestUsers.COORDINATOR, t -> {
                    t.visits.application(t.visits.visit(VisitStatus.OPEN, 5), TestUsers.LEARNER, ApplicationStatus.PENDING);
                    navigateTo("study-visits/endorsements");
                    clickInGrid("Decide");
                }, "Decline", STUDY_VISITS, Map.of(), "study-visits/endorsements"),
                form("study visits: cancel visit (coordinator)", TestUsers.COORDINATOR, t -> {
                    navigateTo("study-visits/" + t.visits.visit(VisitStatus.OPEN, 5));
                    click("Cancel visit");
                }, "Cancel visit", STUDY_VISITS, Map.of(), null),
                form("study visits: publish hosting offer (coordinator)", TestUsers.COORDINATOR, t -> {
                    navigateTo("hosting-offers");
                    click("Publish an offer");
                }, "Publish an offer", STUDY_VISITS, Map.of(), "hosting-offers"),
                form("study visits: request a visit from an offer (coordinator)", TestUsers.COORDINATOR, t -> {
                    navigateTo("hosting-offers");
                    clickInGrid("Request a visit");
                }, "Send request", STUDY_VISITS, Map.of(), "hosting-offers"),
                form("mentoring: open a cycle (secretariat)", TestUsers.SECRETARIAT, t -> navigateTo("mentoring/cycles"),
                        "Open a cycle", MENTORING, Map.of(), "mentoring/cycles"),
                form("mentoring: mentor profile (mentor)", TestUsers.MENTOR, t -> navigateTo("mentoring/profile"),
                        "Save", MENTORING, Map.of(), "mentoring/profile"),
                form("mentoring: request a mentor (learner)", "jiri.novak@example.org", t -> {
                    // a second open cycle, which nobody has asked in yet
                    t.db.execute("""
                            insert into mentoring_cycle (name, starts_on, ends_on, created_by)
                            select 'Fuzz cycle', current_date, current_date + interval 90 day, id from app_user
                            where email = ?""", TestUsers.SECRETARIAT);
                    navigateTo("mentoring");
                }, "Send request", MENTORING, Map.of(), "mentoring"),
                form("exchanges: open a call (secretariat)", TestUsers.SECRETARIAT, t -> {
                    navigateTo("exchanges");
                    click("Open an exchange call");
                }, "Open an exchange call", EXCHANGES, Map.of("Daily subsistence by host country (€)", KEEP,
                        "Travel by distance band (km = €)", KEEP), "exchanges"),
                form("exchanges: publish a placement (coordinator)", TestUsers.COORDINATOR, t -> {
                    navigateTo("exchanges");
                    click("Publish a placement");
                }, "Publish a placement", EXCHANGES, Map.of("Host supervisor's e-mail", TestUsers.COORDINATOR), "exchanges").oneTextAtATime(2),
                form("study visits: feedback after the visit (participant)", TestUsers.LEARNER, t -> {
                    long visit = t.visitTheLearnerAttended(t.visits.today().minusDays(10));
                    navigateTo("study-visits/" + visit);
                }, "Send feedback", STUDY_VISITS, Map.of(), null),
                form("study visits: host report (coordinator)", TestUsers.COORDINATOR, t -> {
                    long visit = t.visits.visit(VisitStatus.COMPLETED, 5);
                    t.visits.moveTo(visit, t.visits.today().minusDays(10));
                    navigateTo("study-visits/" + visit);
                }, "Save report", STUDY_VISITS, Map.of("Link (https://…)", "https://example.org/fuzz"), null),
                form("study visits: hosting offer search (coordinator)", TestUsers.COORDINATOR, t -> navigateTo("hosting-offers"),
                        null, List.of(), Map.of(), null),
                form("mentoring: propose a session (mentor)", TestUsers.MENTOR,
                        t -> {
                            t.mentorAlwaysAvailable();
                            navigateTo("mentoring/pairings/" + t.mentoring.demoPairing());
                        }, "Propose", MENTORING, Map.of(), null)
                        .oneTextAtATime(1),
                form("mentoring: session notes (mentor)", TestUsers.MENTOR, t -> {
                    long pairing = t.mentoring.demoPairing();
                    t.mentoring.heldSession(pairing, java.time.Instant.now().minus(java.time.Duration.ofDays(3)));
                    navigateTo("mentoring/pairings/" + pairing);
                }, "Save notes", MENTORING, Map.of(), null),
                form("mentoring: end a pairing early (mentor)", TestUsers.MENTOR, t -> {
                    navigateTo("mentoring/pairings/" + t.mentoring.demoPairing());
                    click("End early");
                }, "End early", MENTORING, Map.of(), null),
                form("mentoring: agreement (mentor)", TestUsers.MENTOR, t -> {
                    navigateTo("mentoring/pairings/" + t.mentoring.demoPairing());
                    if (!_find(Button.class, spec -> spec.withText("Change the agreement")).isEmpty()) click("Change the agreement");
                }, "Save agreement", MENTORING, Map.of(), null),
                form("participation: dashboard filters (secretariat)", TestUsers.SECRETARIAT, t -> navigateTo("secretariat"),
                        null, List.of(), Map.of(), null),
                form("exchanges: endorse an application (coordinator)", TestUsers.COORDINATOR, t -> {
                    t.exchanges.application(OLENA, t.exchanges.placement("Puglia"), 1,
                            t.exchanges.call().periodStarts().plusWeeks(1), t.exchanges.call().periodStarts().plusWeeks(4), false);
                    navigateTo("exchanges");
                }, "Endorse", EXCHANGES, Map.of(), "exchanges"),
                form("exchanges: decline an application (coordinator)", TestUsers.COORDINATOR, t -> {
                    t.exchanges.application(OLENA, t.exchanges.placement("Puglia"), 1,
                            t.exchanges.call().periodStarts().plusWeeks(1), t.exchanges.call().periodStarts().plusWeeks(4), false);
                    navigateTo("exchanges");
                }, "Decline", EXCHANGES, Map.of(), "exchanges"),
                form("exchanges: learning agreement (participant)", OLENA, t -> navigateTo("exchanges/allocations/" + t.allocation(false)),
                        "Save the agreement", EXCHANGES, Map.of(), null),
                form("exchanges: weekly log (participant)", OLENA, t -> {
                            navigateTo("exchanges/allocations/" + t.allocation(false));
                            presetDate("Week", d -> t.exchanges.call().periodStarts().plusWeeks(2));
                        },
                        "Add to the log", EXCHANGES, Map.of(), null).oneTextAtATime(1),
                form("exchanges: final report (participant)", OLENA, t -> navigateTo("exchanges/allocations/" + t.allocation(false)),
                        "Send the final report", EXCHANGES, Map.of(), null),
                form("exchanges: supervisor's comment (host supervisor)", FRANCESCA,
                        t -> navigateTo("exchanges/allocations/" + t.allocation(true)), "Comment", EXCHANGES, Map.of(), null),
                form("exchanges: supervisor's evaluation (host supervisor)", FRANCESCA,
                        t -> navigateTo("exchanges/allocations/" + t.allocation(true)), "Send the evaluation", EXCHANGES, Map.of(), null),
                form("exchanges: apply to a placement (learner)", "olena.kovalenko@example.org", t -> {
                    navigateTo("exchanges");
                    clickInTemplate("apply", "apply", "Apply");
                    // the stay the fixture's applications take, which the call allows
                    presetDate("First day", d -> t.exchanges.call().periodStarts().plusWeeks(1));
                    presetDate("Last day", d -> t.exchanges.call().periodStarts().plusWeeks(4));
                }, "Apply", EXCHANGES, Map.of(), "exchanges").oneTextAtATime(1),
                form("study visits: follow-up answer (participant)", TestUsers.LEARNER, t -> {
                    long visit = t.visitTheLearnerAttended(t.visits.today().minusMonths(4));
                    navigateTo("study-visits/" + visit);
                }, "Send answer", STUDY_VISITS, Map.of(), null),
                form("mentoring: pairing feedback (mentor)", TestUsers.MENTOR, t -> {
                    long pairing = t.mentoring.demoPairing();
                    t.pairings.end(pairing, "Both changed jobs");
                    navigateTo("mentoring/pairings/" + pairing);
                }, "Send feedback", MENTORING, Map.of(), null),
                form("mentoring: goal progress update (mentor)", TestUsers.MENTOR, t -> {
                    t.acceptedAgreement();
                    navigateTo("mentoring/pairings/" + t.mentoring.demoPairing());
                }, "Update", MENTORING, Map.of(), null),
                form("mentoring: reschedule a session (mentor)", TestUsers.MENTOR, t -> {
                    long pairing = t.mentoring.demoPairing();
                    t.mentoring.startedSession(pairing, java.time.Instant.now().plus(java.time.Duration.ofDays(9))
                                    .truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                            java.time.Duration.ofHours(1));
                    navigateTo("mentoring/pairings/" + pairing);
                    t.mentorAlwaysAvailable();
                    click("Reschedule");
                }, "Reschedule", MENTORING, Map.of(), null),
                form("mentoring: cancel a session (mentor)", TestUsers.MENTOR, t -> {
                    long pairing = t.mentoring.demoPairing();
                    t.mentoring.startedSession(pairing, java.time.Instant.now().plus(java.time.Duration.ofDays(9))
                                    .truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                            java.time.Duration.ofHours(1));
                    navigateTo("mentoring/pairings/" + pairing);
                    click("Cancel session");
                }, "Cancel session", MENTORING, Map.of(), null),
                form("training: module progress filters (secretariat)", TestUsers.SECRETARIAT,
                        t -> navigateTo("training-admin/" + t.db.fetchValue(
                                "select code from training_module order by id limit 1")), null, List.of(), Map.of(), null),
                form("platform: audit log filters (admin)", TestUsers.ADMIN, t -> navigateTo("admin/audit"), null,
                        List.of(), Map.of(), null));
    }

    @Autowired
    eu.regioacademy.mentoring.PairingService pairings;

    /**
     * The demo mentor available all day every day, so that the start the filler picks is not
     * refused for the availability, which would keep the texts from ever reaching the save.
     */
    void mentorAlwaysAvailable() {
        long mentor = mentoring.userId(TestUsers.MENTOR);
        db.execute("delete from mentor_availability where user_id = ?", mentor);
        for (int day = 1; day <= 7; day++) {
            db.execute("insert into mentor_availability (user_id, day_of_week, starts_at, ends_at) values (?, ?, '00:00:00', '23:59:00')",
                    mentor, day);
        }
    }

    /** A completed visit the learner attended on that day, as the feedback and follow-up forms need. */
    long visitTheLearnerAttended(java.time.LocalDate day) {
        long visit = visits.visit(VisitStatus.COMPLETED, 5);
        visits.moveTo(visit, day);
        long application = visits.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        visits.attended(application, day);
        return visit;
    }

    /** The demo pairing with an agreement both have accepted, so its goals can be updated. */
    void acceptedAgreement() {
        String user = signedInEmail();
        long pairing = mentoring.demoPairing();
        signInAs(TestUsers.MENTOR);
        pairings.saveAgreement(pairing, "Every two weeks, one hour online", java.time.LocalDate.now().plusMonths(3),
                List.of("Design the one-stop desk", "Agree on indicators"));
        pairings.acceptAgreement(pairing);
        signInAs(TestUsers.LEARNER);
        pairings.acceptAgreement(pairing);
        signInAs(user);
    }

    static String signedInEmail() {
        return ((eu.regioacademy.platform.security.SignedInUser) org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getPrincipal()).getUsername();
    }

    static final String OLENA = "olena.kovalenko@example.org";
    static final String FRANCESCA = "francesca.lorusso@example.org";

    @Autowired
    eu.regioacademy.exchanges.AllocationService allocations;

    /**
     * Olena's placement in Puglia, allocated; with {@code reported} also a log entry and her final
     * report, so the supervisor can comment and evaluate. Signs in again as the form's user.
     */
    long allocation(boolean reported) {
        String user = ((eu.regioacademy.platform.security.SignedInUser) org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getPrincipal()).getUsername();
        long application = exchanges.application(OLENA, exchanges.placement("Puglia"), 1,
                exchanges.call().periodStarts().plusWeeks(1), exchanges.call().periodStarts().plusWeeks(4), true);
        signInAs(TestUsers.SECRETARIAT);
        long allocation = allocations.allocate(application);
        if (reported) {
            signInAs(OLENA);
            allocations.addLog(allocation, exchanges.call().periodStarts().plusWeeks(1), "First week with the AMIF unit");
            allocations.submitReport(allocation, "Drafted the call", "AMIF rules");
        }
        signInAs(user);
        return allocation;
    }

    static Stream<Arguments> formsAndValues() {
        // -Dfuzz.forms=exchanges,mentoring runs only the forms whose names contain one of these
        List<String> only = List.of(System.getProperty("fuzz.forms", "").split(",")).stream().filter(w -> !w.isBlank()).toList();
        // -Dfuzz.values=SQL,emoji likewise for the hostile values
        List<String> values = List.of(System.getProperty("fuzz.values", "").split(",")).stream().filter(w -> !w.isBlank()).toList();
        return forms().stream().filter(f -> only.isEmpty() || only.stream().anyMatch(f.name()::contains))
                .flatMap(f -> HostileValue.catalogue().stream()
                        .filter(v -> values.isEmpty() || values.stream().anyMatch(v.name()::contains)).flatMap(v -> Stream.concat(Stream.of(Arguments.of(f, v, ALL_TEXTS)),
                        v.text() == null ? Stream.empty()
                                : java.util.stream.IntStream.range(0, f.oneTextAtATime()).mapToObj(i -> Arguments.of(f, v, new TextTarget(i))))));
    }

    /** Clicks the first enabled button with the text in the actions column of the view's grid. */
    static void clickInGrid(String text) {
        Grid<?> grid = _get(Grid.class);
        int rows = GridKt._size(grid);
        for (int row = 0; row < rows; row++) {
            Component cell = (Component) GridKt._getCellComponent(grid, row, "actions");
            List<Button> buttons = _find(cell, Button.class, spec -> spec.withText(text)).stream().filter(Button::isEnabled).toList();
            if (!buttons.isEmpty()) {
                _click(buttons.getFirst());
                return;
            }
        }
        throw new AssertionError("No row of the grid offers '" + text + "'");
    }

    /**
     * The same for a grid whose actions are a template (no components to click): runs the function of the
     * first row whose property has the value that shows the button, as the browser's click on it does.
     */
    @SuppressWarnings("unchecked")
    static void clickInTemplate(String function, String property, Object shown) {
        Grid<Object> grid = _get(Grid.class);
        int rows = GridKt._size(grid);
        for (int row = 0; row < rows; row++) {
            Object item = GridKt._get(grid, row);
            if (shown.equals(eu.regioacademy.RowTemplates.property(grid, "actions", property, item))) {
                eu.regioacademy.RowTemplates.call(grid, "actions", function, item);
                return;
            }
        }
        throw new AssertionError("No row of the grid offers '" + function + "'");
    }

    /** Gives a date field a valid value before the fill, which keeps it unless the run tries hostile dates. */
    static void presetDate(String label, Function<com.vaadin.flow.component.datepicker.DatePicker, java.time.@Nullable LocalDate> value) {
        var field = _find(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel(label)).getLast();
        field.setValue(value.apply(field));
    }

    static void click(String text) {
        List<Button> buttons = _find(Button.class, spec -> spec.withText(text)).stream()
                .filter(Button::isEnabled).toList();
        assertThat(buttons).as("enabled buttons '" + text + "'").isNotEmpty();
        _click(buttons.getLast());
    }

    /** Which text fields get the hostile text: all (-1) or only the one at this index. */
    record TextTarget(int index) {
        @Override
        public String toString() {
            return index < 0 ? "in every field" : "in text field " + (index + 1) + " only";
        }
    }

    static final TextTarget ALL_TEXTS = new TextTarget(-1);

    @ParameterizedTest(name = "{0} with {1} {2}")
    @MethodSource("formsAndValues")
    void a_form_answers_hostile_input_with_a_message_or_a_clean_save(Form form, HostileValue value, TextTarget target) {
        signInAs(form.user());
        form.open().open(this);
        String unexpected = UI.getCurrent().getTranslation("error.unexpected");
        if (form.submit() == null) {
            fillFilters(form, value, unexpected);
            return;
        }
        List<Button> submits = _find(Button.class, spec -> spec.withText(form.submit())).stream().filter(Button::isEnabled).toList();
        assertThat(submits).as("the form's submit button").isNotEmpty();
        Button submit = submits.getLast();
        Component scope = FormFuzzer.formAround(submit);
        FormFuzzer.Filled filled = FormFuzzer.fill(scope, value, plainValues(form), target.index());
        Assumptions.assumeTrue(applies(value, filled), "the form has no field of this kind");
        System.out.println("FUZZ " + form.name() + " fields " + filled.labels());

        FormFuzzer.Outcome outcome = FormFuzzer.submit(submit, scope, unexpected);
        System.out.println("FUZZ-OUTCOME\t" + form.name() + "\t" + value.name() + "\t" + target + "\t" + filled.texts().keySet()
                + "\t" + outcome + "\t" + FormFuzzer.errorMessages() + FormFuzzer.invalidFields(scope));
        FormFuzzer.assertNoLiveScript();
        if (value.mustBeRefused() && form.writes()) {
            assertThat(outcome).as(form + ": " + value + " must be refused with a message").isEqualTo(FormFuzzer.Outcome.REFUSED);
        } else if (target.index() >= 0 && storable(value)) {
            // the other fields valid, nothing but this text can refuse: an ordinary text of odd characters must save
            assertThat(outcome).as(form + ": " + value + " " + target + " must reach the save").isEqualTo(FormFuzzer.Outcome.SAVED);
        }
        if (outcome == FormFuzzer.Outcome.SAVED && form.stores() && value.text() != null) {
            // a blank optional text may be stored as no text at all
            filled.texts().forEach((label, text) -> assertThat(text.isBlank() || StoredText.isStored(db, form.tables(), text))
                    .as(form + ": '" + label + "' reads back as typed").isTrue());
        }
        if (form.reopen() != null) {
            navigateTo(form.reopen());
            FormFuzzer.assertNoErrorView();
            FormFuzzer.assertNoLiveScript();
        }
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("springSecurityFilterChain")
    jakarta.servlet.Filter securityFilters;

    static Stream<Arguments> loginValues() {
        return HostileValue.catalogue().stream().filter(v -> v.text() != null)
                .flatMap(v -> Stream.of(Arguments.of(v, "e-mail"), Arguments.of(v, "password")));
    }

    /**
     * The login form posts to Spring Security, not to a view: the post goes through the app's
     * real security filters (with its CSRF token and a client address of its own, so the
     * throttle does not block the next run) and must end as a wrong password does, a redirect to
     * the login view with its message, which then shows without an error or a live script.
     */
    @ParameterizedTest(name = "platform: login form (anyone) with {0} as the {1}")
    @MethodSource("loginValues")
    void the_login_form_refuses_hostile_credentials_like_a_wrong_password(HostileValue value, String field) throws Exception {
        var servletContext = ((org.springframework.web.context.WebApplicationContext) context).getServletContext();
        String address = "192.0.2." + (UNIQUE.incrementAndGet() % 250 + 1);
        var get = new org.springframework.mock.web.MockHttpServletRequest(servletContext, "GET", "/login");
        get.setServletPath("/login");
        get.setRemoteAddr(address);
        securityFilters.doFilter(get, new org.springframework.mock.web.MockHttpServletResponse(), new org.springframework.mock.web.MockFilterChain());
        var csrf = (org.springframework.security.web.csrf.CsrfToken) get.getAttribute(
                org.springframework.security.web.csrf.CsrfToken.class.getName());

        var post = new org.springframework.mock.web.MockHttpServletRequest(servletContext, "POST", "/login");
        post.setServletPath("/login");
        post.setRemoteAddr(address);
        post.setSession(get.getSession());
        post.setContentType("application/x-www-form-urlencoded");
        post.addParameter("username", field.equals("e-mail") ? value.text() : TestUsers.LEARNER);
        post.addParameter("password", field.equals("password") ? value.text() : "not the password");
        if (csrf != null) post.addParameter(csrf.getParameterName(), csrf.getToken());
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        try {
            securityFilters.doFilter(post, response, new org.springframework.mock.web.MockFilterChain());
        } catch (Exception | AssertionError e) {
            throw new AssertionError("The sign-in crashed (a 500 in the browser): " + e, e);
        } finally {
            forgetFailedSignIns(address);
        }
        System.out.println("FUZZ-OUTCOME\tplatform: login form\t" + value.name() + "\t" + field + "\t" + response.getStatus()
                + "\t" + response.getRedirectedUrl());
        assertThat(response.getStatus()).as("the answer to the sign-in").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).as("where the sign-in leads").endsWith("/login?error");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("nobody signed in").isNull();

        openAs(null);
        navigateTo("login?error");
        FormFuzzer.assertNoErrorView();
        FormFuzzer.assertNoLiveScript();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * The sign-in commits its failures in a transaction of its own, so they are forgotten in one
     * too: otherwise later tests find the learner locked out.
     */
    private void forgetFailedSignIns(String address) {
        var own = new org.springframework.transaction.support.TransactionTemplate(transactions);
        own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.executeWithoutResult(status -> {
            db.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL)
                    .where(APP_USER.EMAIL.eq(TestUsers.LEARNER)).execute();
            db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.CLIENT_ADDRESS.eq(address)).execute();
        });
    }

    @Autowired
    eu.regioacademy.training.LearningService learning;
    @Autowired
    eu.regioacademy.training.ContentImportService contentImport;

    static Stream<Arguments> tamperedAnswers() {
        Map<String, Set<String>> absentChoice = new java.util.HashMap<>();
        absentChoice.put("q1", null);
        Set<String> nullChoice = new java.util.HashSet<>();
        nullChoice.add(null);
        Map<String, Set<String>> nullChoiceAnswer = new java.util.HashMap<>(Map.of("q1", nullChoice));
        Map<String, Set<String>> nullQuestion = new java.util.HashMap<>();
        nullQuestion.put(null, Set.of("a"));
        return Stream.concat(Stream.of(
                Arguments.of("a choice the question does not have", Map.of("q1", Set.of("z"))),
                Arguments.of("another question's kind of answer", Map.of("q3", Set.of("a"))),
                Arguments.of("two choices for a single answer", Map.of("q1", Set.of("a", "b"))),
                Arguments.of("both true and false", Map.of("q3", Set.of("true", "false"))),
                Arguments.of("a question not on the paper", Map.of("q9", Set.of("a"))),
                Arguments.of("no choice set at all (null)", absentChoice),
                Arguments.of("a null choice id", nullChoiceAnswer),
                Arguments.of("a null question id", nullQuestion)),
                HostileValue.catalogue().stream().filter(v -> v.text() != null)
                        .map(v -> Arguments.of("the choice id " + v.name(), Map.of("q2", Set.of("a", v.text())))));
    }

    /**
     * The quiz only offers choices, so its hostile input is a tampered request: choice ids
     * (or question ids) the paper does not have, or none. The service refuses them with a
     * message, stores nothing, and the attempt can still be answered properly.
     */
    @ParameterizedTest(name = "training: quiz answering (learner) with {0}")
    @MethodSource("tamperedAnswers")
    void the_quiz_refuses_tampered_choices_and_keeps_the_attempt_open(String tampering, Map<String, Set<String>> answers) {
        contentImport.importFrom(eu.regioacademy.training.TrainingFixture.folder());
        signInAs(TestUsers.MENTOR);
        learning.enrol(eu.regioacademy.training.TrainingFixture.BASICS);
        var paper = learning.startQuiz(eu.regioacademy.training.TrainingFixture.BASICS, "en");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> learning.submitQuiz(paper.attemptId(), answers, "en"))
                .as(tampering).isInstanceOf(eu.regioacademy.platform.InvalidInputException.class);
        assertThat(((Number) db.fetchValue("select count(*) from quiz_answer where attempt_id = ?", paper.attemptId())).longValue())
                .as("answers stored").isZero();

        navigateTo("modules/" + eu.regioacademy.training.TrainingFixture.BASICS + "/quiz");
        FormFuzzer.assertNoErrorView();
        var result = learning.submitQuiz(paper.attemptId(),
                Map.of("q1", Set.of("a"), "q2", Set.of("a", "c"), "q3", Set.of("false")), "en");
        assertThat(result.passed()).as("the same attempt, answered properly").isTrue();
    }

    private void fillFilters(Form form, HostileValue value, String unexpected) {
        Component view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof Component c
                ? c : UI.getCurrent();
        FormFuzzer.Filled filled;
        try {
            filled = FormFuzzer.fill(view, value, plainValues(form));
        } catch (RuntimeException e) {
            throw new AssertionError(form + " crashed on " + value + " (a 500 in the browser): " + e, e);
        }
        Assumptions.assumeTrue(applies(value, filled), "the form has no field of this kind");
        assertThat(FormFuzzer.errorMessages()).doesNotContain(unexpected);
        FormFuzzer.assertNoErrorView();
        FormFuzzer.assertNoLiveScript();
    }

    private static Map<String, Object> plainValues(Form form) {
        Map<String, Object> plain = new java.util.HashMap<>();
        form.plain().forEach((label, v) -> {
            if (v != KEEP) plain.put(label, v);
        });
        form.plain().forEach((label, v) -> {
            if (v == KEEP) plain.put(label, (Function<HostileValue, Object>) h -> FormFuzzer.KEPT);
        });
        return plain;
    }

    /** A short text no rule has reason to refuse: odd characters, but nothing too long, blank or broken. */
    static boolean storable(HostileValue value) {
        return !value.mustBeRefused() && value.text() != null && !value.text().isBlank() && value.text().length() < 200;
    }

    private static boolean applies(HostileValue value, FormFuzzer.Filled filled) {
        return (value.text() != null && !filled.texts().isEmpty()) || (value.number() != null && filled.numbers() > 0)
                || (value.date() != null && filled.dates() > 0);
    }
}
