package eu.regioacademy.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import org.junit.jupiter.api.Test;

class MyLearningViewTest extends KaribuTest {

    @Test
    void the_learner_downloads_her_participation_record_from_my_learning() {
        signInAs(TestUsers.LEARNER);
        navigateTo("my-learning");

        assertThat(_find(Anchor.class)).filteredOn(a -> a.getText().equals("Download my participation record (PDF)"))
                .singleElement().satisfies(link -> {
                    assertThat(link.getHref()).isEqualTo("reports/my-participation.pdf");
                    assertThat(link.isRouterIgnore()).isTrue();
                    assertThat(link.getElement().hasAttribute("download")).isTrue();
                });
    }
}
