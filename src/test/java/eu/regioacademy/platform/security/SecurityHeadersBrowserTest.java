package eu.regioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * The content security policy of the {@code prod} profile must leave Vaadin working: sign in,
 * the home view, navigation to a view with a grid, and signing out everywhere, all under it.
 */
@TestPropertySource(properties = "regio.security.headers=true")
class SecurityHeadersBrowserTest extends BrowserTest {

    @Test
    void vaadin_works_under_the_content_security_policy_and_sign_out_everywhere_ends_the_session() {
        signIn(TestUsers.LEARNER, TestUsers.DEMO_PASSWORD);
        waitForText(By.tagName("h2"), "Welcome, Elin Åkesson");
        open("study-visits");
        waitFor(By.tagName("vaadin-grid"));
        // a script click: in development mode Vaadin's Copilot overlay covers the header's corner
        var button = waitFor(By.xpath("//vaadin-button[text()[normalize-space(.)='Sign out everywhere']]"));
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("arguments[0].click()", button);
        waitFor(By.cssSelector("vaadin-login-form"));
        open("");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser().getCurrentUrl()).endsWith("/login");
    }
}
