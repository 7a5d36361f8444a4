package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** In a real browser: a person applies to an open visit and follows the status of the application. */
class ApplicantBrowserTest extends BrowserTest {

    private static final String APPLICANT = "jiri.novak@example.org"; // English is his saved language

    @Autowired
    StudyVisitFixture fixture;
    @Autowired
    TransactionTemplate transaction;

    private long visit;

    @AfterEach
    void removeVisit() {
        transaction.executeWithoutResult(s -> fixture.remove(visit));
    }

    @Test
    void a_person_applies_and_sees_the_status_of_the_application() {
        transaction.executeWithoutResult(s -> visit = fixture.visit(VisitStatus.OPEN, 5));
        signIn(APPLICANT, "demo");
        waitForText(By.tagName("h2"), "Welcome");

        open("study-visits/" + visit);
        waitForText(By.tagName("h2"), StudyVisitFixture.TITLE);
        waitFor(By.cssSelector("vaadin-text-area.motivation textarea"))
                .sendKeys("Our service opens two language cafés next spring.");
        waitFor(By.cssSelector("vaadin-text-area.take-home textarea")).sendKeys("How volunteers are trained.");
        clickButton("Apply");
        waitForText(By.cssSelector(".application-status"), "Awaiting endorsement");
        assertThat(browser().findElement(By.cssSelector(".application-status")).getText())
                .contains("Your regional coordinator has been asked to endorse your application.");

        open("study-visits/applications");
        until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains(StudyVisitFixture.TITLE)));
        assertThat(browser().findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains("Awaiting endorsement"))).isTrue();
    }
}
