package eu.regioacademy.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import org.junit.jupiter.api.Test;

class SecurityViewsTest extends KaribuTest {

    @Test
    void the_header_offers_to_sign_out_everywhere() {
        signInAs(TestUsers.LEARNER);
        // the buttons' texts are markup inside them
        assertThat(_find(Button.class)).extracting(b -> org.jsoup.Jsoup.parse(b.getElement().getProperty("innerHTML", ""))
                .text()).contains("Sign out", "Sign out everywhere");
    }

    @Test
    void a_failing_navigation_shows_a_translated_apology_and_nothing_of_the_failure() {
        signInAs(TestUsers.LEARNER);
        InternalErrorView view = new InternalErrorView();
        UI.getCurrent().add(view);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Something went wrong", "Please try again");
        assertThat(text).doesNotContain("Exception", "at eu.regioacademy");
        assertThat(view.getPageTitle()).startsWith("Something went wrong");
    }
}
