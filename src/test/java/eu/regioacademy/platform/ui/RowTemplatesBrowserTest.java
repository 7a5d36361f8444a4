package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Rows drawn by LitRenderer templates in real Chromium: the browser renders the markup (Karibu never runs it), the
 * buttons are real, named and focusable, and Enter or Space on them runs the row's action on the server.
 */
class RowTemplatesBrowserTest extends BrowserTest {

    private void signInAndOpen(String email, String path) {
        signIn(email, TestUsers.DEMO_PASSWORD);
        waitFor(By.tagName("vaadin-app-layout"));
        open(path);
        waitUntilIdle();
    }

    /** Focuses the element as Tab and the grid's Enter would, then presses the key on it. */
    private void focusAndPress(WebElement element, CharSequence key) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].focus()", element);
        untilScript("return document.activeElement === arguments[0] || document.activeElement.closest('vaadin-button') !== null");
        press(key);
    }

    @Test
    void the_admins_edit_button_is_named_for_the_user_and_enter_opens_the_editor() {
        signInAndOpen(TestUsers.ADMIN, "admin");
        WebElement edit = waitFor(By.cssSelector("#users-grid vaadin-button[aria-label^='Edit ']"));
        String label = edit.getAttribute("aria-label");
        assertThat(edit.getAttribute("title")).isEqualTo(label);
        assertThat(edit.findElements(By.cssSelector("vaadin-icon[icon='vaadin:edit']"))).hasSize(1);
        assertThat(browser().findElements(By.cssSelector("#users-grid span[theme='badge success']"))).isNotEmpty();
        focusAndPress(edit, Keys.ENTER);
        untilScript("const d = document.querySelector('vaadin-dialog'); return !!d && d.opened && d.headerTitle === '"
                + label.replace("'", "\\'") + "'");
        assertThat(browser().findElements(By.tagName("vaadin-dialog"))).hasSize(1);
    }

    @Test
    void the_catalogue_draws_each_card_with_its_link_topics_and_status() {
        signInAndOpen(TestUsers.LEARNER, "catalog");
        WebElement card = waitFor(By.cssSelector(".module-card"));
        WebElement link = card.findElement(By.cssSelector("h3 > a"));
        assertThat(link.getAttribute("href")).contains("/modules/");
        assertThat(link.getText()).isNotBlank();
        assertThat(card.findElement(By.cssSelector("p")).getText()).isNotBlank();
        assertThat(card.findElement(By.cssSelector("span.muted")).getText()).contains(" min · ");
        assertThat(card.findElements(By.cssSelector(".badges span[theme='badge contrast pill']"))).isNotEmpty();
        assertThat(card.findElement(By.cssSelector(".module-status > span")).getText()).isNotBlank();
        // the list draws placeholders before the data arrives: a template that cannot cope throws in the browser only
        assertThat(browser().manage().logs().get("browser").getAll()).extracting(Object::toString)
                .noneMatch(line -> line.contains("TypeError"));
    }

    @Test
    void a_participant_presses_apply_on_a_placement_with_the_keyboard() {
        signInAndOpen("olena.kovalenko@example.org", "exchanges");
        // her saved language is not English: the primary button in the actions is Apply
        WebElement apply = waitFor(By.cssSelector("div.row-actions > vaadin-button[theme~='primary']"));
        focusAndPress(apply, Keys.SPACE);
        waitFor(By.cssSelector("vaadin-date-picker"));
        assertThat(browser().findElements(By.tagName("vaadin-dialog"))).hasSize(1);
    }

    @Test
    void the_secretariats_certificates_show_state_pdf_link_and_revoke_button() {
        signInAndOpen(TestUsers.SECRETARIAT, "certificates-admin");
        WebElement pdf = waitFor(By.cssSelector("vaadin-grid a[router-ignore][target='_blank'][href$='.pdf']"));
        // her saved language is French: the name is "Ouvrir le certificat …", with the certificate's code
        assertThat(pdf.getAttribute("aria-label")).matches(".+ [0-9A-Z]{4}-[0-9A-Z]{4}-.+");
        assertThat(browser().findElements(By.cssSelector("vaadin-grid span[theme='badge success']"))).isNotEmpty();
        assertThat(browser().findElements(By.cssSelector("vaadin-grid vaadin-horizontal-layout > vaadin-button[theme~='error']")))
                .isNotEmpty();
    }

    @Test
    void the_training_desk_links_each_module_to_its_learners() {
        signInAndOpen(TestUsers.SECRETARIAT, "training-admin");
        WebElement link = waitFor(By.cssSelector("vaadin-grid a[href^='training-admin/']"));
        assertThat(link.getText()).isEqualTo("Apprenants"); // her saved language is French
    }
}
