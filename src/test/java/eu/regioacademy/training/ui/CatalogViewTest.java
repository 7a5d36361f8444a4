package eu.regioacademy.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.RowTemplates;
import eu.regioacademy.TestUsers;
import eu.regioacademy.training.CatalogEntry;
import eu.regioacademy.training.LearnerStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's cards are templates the browser draws: they show what the card components showed. */
class CatalogViewTest extends KaribuTest {

    @Test
    void a_card_shows_the_title_link_length_languages_topics_and_the_learners_status() {
        signInAs(TestUsers.LEARNER);
        navigateTo("catalog");
        CatalogView view = _get(CatalogView.class);
        CatalogEntry entry = view.modules.getDataProvider().fetch(new Query<>())
                .filter(e -> e.status() == LearnerStatus.NOT_STARTED).findFirst().orElseThrow();
        var cards = view.cards();

        assertThat(RowTemplates.property(cards, "code", entry)).isEqualTo(entry.code());
        assertThat(RowTemplates.property(cards, "title", entry)).isEqualTo(entry.title());
        assertThat((String) RowTemplates.property(cards, "meta", entry))
                .startsWith(entry.estimatedMinutes() + " min · ").contains(entry.languages().getFirst().toUpperCase());
        assertThat((List<?>) RowTemplates.property(cards, "topics", entry)).hasSameSizeAs(entry.topics());
        assertThat(RowTemplates.property(cards, "status", entry)).isEqualTo("Not started");
        assertThat(RowTemplates.property(cards, "inProgress", entry)).isEqualTo(false);

        CatalogEntry started = new CatalogEntry(entry.code(), entry.title(), entry.summary(), entry.topics(),
                entry.estimatedMinutes(), entry.languages(), LearnerStatus.IN_PROGRESS, 40);
        assertThat(RowTemplates.property(cards, "status", started)).as("the text and the progress bar's name")
                .isEqualTo("In progress, 40 %");
        assertThat(RowTemplates.property(cards, "inProgress", started)).isEqualTo(true);
        assertThat(RowTemplates.property(cards, "progress", started)).isEqualTo(40);

        CatalogEntry done = new CatalogEntry(entry.code(), entry.title(), entry.summary(), entry.topics(),
                entry.estimatedMinutes(), entry.languages(), LearnerStatus.COMPLETED, 100);
        assertThat(RowTemplates.property(cards, "completed", done)).isEqualTo(true);
        assertThat(RowTemplates.property(cards, "status", done)).isEqualTo("Completed");
    }
}
