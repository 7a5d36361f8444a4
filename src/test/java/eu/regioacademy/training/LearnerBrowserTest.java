package eu.regioacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class LearnerBrowserTest extends BrowserTest {

    private static final String LEARNER = "jiri.novak@example.org"; // English is his saved language

    @Autowired
    ContentImportService importer;
    @Autowired
    org.jooq.DSLContext db;

    @org.junit.jupiter.api.AfterEach
    void removeEnrolment() {
        TrainingFixture.removeEnrolments(db, TrainingFixture.BASICS, LEARNER);
    }

    /** Ticks an answer and waits until the page shows it ticked, so no click is lost before submitting. */
    private void choose(String group, String questionKey, String label) {
        By option = By.xpath("//" + group + "[@id='question-" + questionKey + "']//*[self::vaadin-radio-button or "
                + "self::vaadin-checkbox][.//label[normalize-space(.)='" + label + "']]");
        until(d -> d.findElement(option).findElement(By.tagName("label"))).click();
        until(d -> d.findElement(option).getDomAttribute("checked") != null);
    }

    @Test
    void a_learner_enrols_reads_the_lessons_passes_the_quiz_and_finds_the_module_completed() {
        importer.importFrom(TrainingFixture.folder());
        signIn(LEARNER, "demo");
        waitForText(By.tagName("h2"), "Welcome");
        open("modules/" + TrainingFixture.BASICS);
        clickButton("Enrol");
        clickButton("Start");
        waitForText(By.tagName("h2"), "First lesson");
        clickButton("Done, next lesson");
        waitForText(By.tagName("h2"), "Second lesson");
        clickButton("Done, back to the module");
        clickButton("Take the quiz");
        choose("vaadin-radio-group", "q1", "A");
        choose("vaadin-checkbox-group", "q2", "A");
        choose("vaadin-checkbox-group", "q2", "C");
        choose("vaadin-radio-group", "q3", "False");
        clickButton("Submit answers");
        waitForText(By.cssSelector(".quiz-verdict h2"), "Passed");
        assertThat(browser().findElement(By.cssSelector(".quiz-verdict")).getText()).contains("100 %");

        open("my-learning");
        waitForText(By.cssSelector(".my-learning-item.completed"), "Test basics");
    }
}
