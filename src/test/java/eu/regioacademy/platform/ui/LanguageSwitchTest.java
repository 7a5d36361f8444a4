package eu.regioacademy.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class LanguageSwitchTest extends KaribuTest {

    @Autowired
    UserDetailsService users;

    @SuppressWarnings("unchecked")
    private static NativeSelect<Locale> languageSwitcher() {
        return _get(NativeSelect.class, spec -> spec.withClasses("language-switcher"));
    }

    @Test
    void switching_to_french_translates_the_page_and_is_remembered_for_the_user() {
        signInAs(TestUsers.LEARNER);
        assertThat(markupTexts("vaadin-side-nav-item").getFirst()).isEqualTo("Home");

        fill(languageSwitcher(), Locale.FRENCH);

        assertThat(markupTexts("vaadin-side-nav-item").getFirst()).isEqualTo("Accueil");
        assertThat(markupTexts(".home-greeting")).singleElement().asString().startsWith("Bienvenue");
        assertThat(((eu.regioacademy.platform.security.SignedInUser) users.loadUserByUsername(TestUsers.LEARNER)).locale())
                .isEqualTo("fr");
    }

    @Test
    void the_switcher_offers_the_six_languages_by_their_own_names() {
        signInAs(TestUsers.LEARNER);
        NativeSelect<Locale> switcher = languageSwitcher();
        assertThat(switcher.getItems().stream().map(switcher::getItemLabel).toList())
                .containsExactly("English", "Français", "Español", "Italiano", "Português", "Svenska");
        assertThat(switcher.getValue()).isEqualTo(Locale.ENGLISH);
        assertThat(switcher.getElement().getAttribute("aria-label")).isEqualTo("Language");
    }
}
