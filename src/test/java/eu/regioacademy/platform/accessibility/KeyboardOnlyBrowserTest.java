package eu.regioacademy.platform.accessibility;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitStatus;
import eu.regioacademy.training.ContentImportService;
import eu.regioacademy.training.TrainingFixture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The main flows with the keyboard only, in real Chromium: the focus moves with Tab, buttons
 * are pressed with Enter or Space, lists are walked with the arrow keys. Typing text into a
 * focused field is the keyboard too; nothing is clicked.
 */
class KeyboardOnlyBrowserTest extends BrowserTest {

    private static final String JIRI = "jiri.novak@example.org"; // English is his saved language

    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ContentImportService importer;
    @Autowired
    StudyVisitFixture visits;
    @Autowired
    MentoringFixture mentoring;

    private void signInWithTheKeyboard(String email) {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        tabUntil("a.matches(\"input[name='username']\")");
        press(email);
        tabUntil("a.matches(\"input[name='password']\")");
        press(TestUsers.DEMO_PASSWORD, Keys.ENTER);
        waitFor(By.tagName("vaadin-app-layout"));
    }

    @Test
    void a_person_signs_in_and_skips_to_the_main_content() {
        signInWithTheKeyboard(JIRI);
        waitForText(By.tagName("h2"), "Welcome");
        waitUntilIdle();
        // the first Tab reaches the skip link, which moves the focus past the header and the navigation
        tabUntil("a.classList.contains('skip-link')");
        press(Keys.ENTER);
        until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.activeElement.parentElement.tagName === 'VAADIN-APP-LAYOUT' && !document.activeElement.slot")));
    }

    @Test
    void a_learner_enrols_and_completes_a_lesson() {
        importer.importFrom(TrainingFixture.folder());
        try {
            signInWithTheKeyboard(JIRI);
            open("modules/" + TrainingFixture.BASICS);
            waitUntilIdle();
            tabToButton("Enrol");
            press(Keys.ENTER);
            waitUntilIdle();
            tabToButton("Start");
            press(Keys.SPACE);
            waitForText(By.tagName("h2"), "First lesson");
            waitUntilIdle();
            tabToButton("Done, next lesson");
            press(Keys.ENTER);
            waitForText(By.tagName("h2"), "Second lesson");
            open("my-learning");
            waitFor(By.cssSelector(".my-learning-item"));
            assertThat(browser().findElement(By.tagName("body")).getText()).contains("Test basics");
        } finally {
            TrainingFixture.removeEnrolments(db, TrainingFixture.BASICS, JIRI);
        }
    }

    @Test
    void a_person_applies_to_a_study_visit() {
        long visit = transaction.execute(s -> visits.visit(VisitStatus.OPEN, 5));
        try {
            signInWithTheKeyboard(JIRI);
            open("study-visits/" + visit);
            waitForText(By.tagName("h2"), StudyVisitFixture.TITLE);
            waitUntilIdle();
            tabUntil("a.closest('vaadin-text-area.motivation')");
            press("Our service opens two language cafés next spring.");
            tabUntil("a.closest('vaadin-text-area.take-home')");
            press("How volunteers are trained.");
            tabToButton("Apply");
            press(Keys.ENTER);
            waitForText(By.cssSelector(".application-status"), "Awaiting endorsement");
        } finally {
            transaction.executeWithoutResult(s -> visits.remove(visit));
        }
    }

    @Test
    void a_mentee_asks_a_suggested_mentor() {
        try {
            signInWithTheKeyboard(JIRI);
            open("mentoring");
            waitUntilIdle();
            tabToButton("Ask Jordi Puig i Ferrer");
            press(Keys.ENTER);
            waitForText(By.tagName("vaadin-notification-card"), "Your request went to the mentor");
        } finally {
            transaction.executeWithoutResult(s -> mentoring.removePairingsOf(JIRI));
        }
    }

    @Test
    void anyone_verifies_a_certificate_code() {
        String code = db.select(CERTIFICATE.CODE).from(CERTIFICATE).join(APP_USER).on(APP_USER.ID.eq(CERTIFICATE.HOLDER_ID))
                .where(APP_USER.EMAIL.eq(TestUsers.LEARNER)).limit(1).fetchSingle(CERTIFICATE.CODE);
        open("verify");
        waitFor(By.tagName("vaadin-text-field"));
        waitUntilIdle();
        tabUntil("a.closest('vaadin-text-field')");
        press(code, Keys.ENTER);
        waitForText(By.cssSelector(".verify-result.valid"), "Valid certificate");
    }

    @Test
    void the_secretariat_filters_the_dashboard_by_commission() {
        signInWithTheKeyboard(TestUsers.SECRETARIAT);
        open("secretariat");
        waitFor(By.cssSelector("select.commission-filter"));
        waitUntilIdle();
        tabUntil("a.matches('select.commission-filter')");
        // the browser's own list: an arrow key on it chooses the next option, as a change
        press(Keys.ARROW_DOWN);
        until(d -> d.getCurrentUrl().contains("commission="));
    }
}
