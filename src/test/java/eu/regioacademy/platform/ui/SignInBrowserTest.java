package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignInBrowserTest extends BrowserTest {

    @Test
    void the_learner_signs_in_and_sees_the_home_view() {
        signIn(TestUsers.LEARNER, TestUsers.DEMO_PASSWORD);
        waitForText(By.tagName("h2"), "Welcome, Elin Åkesson");
        assertThat(browser().findElements(By.tagName("vaadin-side-nav-item"))).hasSize(6);
        var catalog = browser().findElement(By.cssSelector("vaadin-side-nav-item[path='catalog']"));
        assertThat(catalog.getText()).isEqualTo("Training catalogue");
        assertThat(catalog.findElements(By.cssSelector("vaadin-icon[slot='prefix'][icon='vaadin:academy-cap']"))).hasSize(1);
        assertThat(browser().findElement(By.className("user-region")).getText()).isEqualTo("Skåne");
    }

    @Test
    void a_side_navigation_link_opens_its_view_within_the_page_and_becomes_the_current_one() {
        signIn(TestUsers.LEARNER, TestUsers.DEMO_PASSWORD);
        waitForText(By.tagName("h2"), "Welcome, Elin Åkesson");
        assertThat(browser().findElements(By.cssSelector("vaadin-side-nav-item[current]")))
                .singleElement().extracting(org.openqa.selenium.WebElement::getText).isEqualTo("Home");
        var js = (org.openqa.selenium.JavascriptExecutor) browser();
        // a full page load would drop this mark: the router navigates within the page
        js.executeScript("window.sameDocument = true;");

        browser().findElement(By.cssSelector("vaadin-side-nav-item[path='study-visits']")).click();

        waitForText(By.className("view-title"), "Study visits");
        assertThat(browser().getCurrentUrl()).endsWith("/study-visits");
        untilScript("return document.querySelector('vaadin-side-nav-item[path=\"study-visits\"]').hasAttribute('current')"
                + " && !document.querySelector('vaadin-side-nav-item[path=\"\"]').hasAttribute('current')");
        assertThat(js.executeScript("return window.sameDocument === true")).isEqualTo(true);
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        signIn(TestUsers.LEARNER, "not the password");
        waitFor(By.cssSelector("vaadin-login-form[error]"));
        assertThat(browser().getCurrentUrl()).contains("/login");
    }

    @Test
    void a_signed_out_visitor_is_sent_to_the_login_page() {
        open("admin");
        waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser().getCurrentUrl()).endsWith("/login");
    }
}
