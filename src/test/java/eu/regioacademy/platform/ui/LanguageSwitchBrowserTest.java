package eu.regioacademy.platform.ui;

import static eu.regioacademy.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The header's language list is the browser's own select: choosing in it reaches the server. */
class LanguageSwitchBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;

    private String saved = "en";

    @BeforeEach
    void rememberTheSavedLanguage() {
        saved = db.select(APP_USER.LOCALE).from(APP_USER).where(APP_USER.EMAIL.eq(TestUsers.LEARNER)).fetchSingle(APP_USER.LOCALE);
    }

    @AfterEach
    void putItBack() {
        db.update(APP_USER).set(APP_USER.LOCALE, saved).where(APP_USER.EMAIL.eq(TestUsers.LEARNER)).execute();
    }

    @Test
    void choosing_french_in_the_header_translates_the_page() {
        signIn(TestUsers.LEARNER, TestUsers.DEMO_PASSWORD);
        waitForText(By.tagName("h2"), "Welcome");
        waitUntilIdle();
        Select language = new Select(waitFor(By.cssSelector("select.language-switcher")));
        assertThat(language.getFirstSelectedOption().getText()).isEqualTo("English");
        assertThat(language.getOptions()).hasSize(6);

        language.selectByVisibleText("Français");
        waitForText(By.tagName("h2"), "Bienvenue");
        assertThat(new Select(waitFor(By.cssSelector("select.language-switcher"))).getFirstSelectedOption().getText())
                .isEqualTo("Français");
    }
}
