package eu.regioacademy.training.ui;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.REGION;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.training.ContentImportService;
import eu.regioacademy.training.QuizPaper;
import eu.regioacademy.training.TrainingFixture;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LearnerFlowTest extends KaribuTest {

    @Autowired
    ContentImportService importer;
    @Autowired
    org.jooq.DSLContext db;

    @BeforeEach
    void importFixture() {
        importer.importFrom(TrainingFixture.folder());
    }

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @SuppressWarnings("unchecked")
    private static void choose(String questionKey, String... optionKeys) {
        var field = _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("question-" + questionKey));
        if (field instanceof CheckboxGroup<?> group) {
            var typed = (CheckboxGroup<QuizPaper.Option>) group;
            Set<String> wanted = Set.of(optionKeys);
            fill(typed, typed.getListDataView().getItems().filter(o -> wanted.contains(o.key())).collect(Collectors.toSet()));
        } else {
            var typed = (RadioButtonGroup<Object>) field;
            Object value = typed.getListDataView().getItems()
                    .filter(o -> o instanceof QuizPaper.Option option ? option.key().equals(optionKeys[0]) : o.equals(optionKeys[0]))
                    .findFirst().orElseThrow();
            fill(typed, value);
        }
    }

    @Test
    void a_learner_enrols_reads_all_lessons_fails_then_passes_the_quiz_and_sees_the_module_completed() {
        signInAs(TestUsers.MENTOR);
        navigateTo("modules/" + TrainingFixture.BASICS);
        click("Enrol");
        expectNotifications("You are enrolled in Test basics.");

        click("Start");
        assertThat(_get(H2.class).getText()).isEqualTo("First lesson");
        click("Done, next lesson");
        assertThat(_get(H2.class).getText()).isEqualTo("Second lesson");
        click("Done, back to the module");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ModuleView.class);

        click("Take the quiz");
        choose("q1", "b");
        choose("q2", "a", "c");
        choose("q3", "true");
        click("Submit answers");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Not passed this time");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Score: 33 % (1 of 3 right)");

        click("Try again");
        choose("q1", "a");
        choose("q2", "a", "c");
        choose("q3", "false");
        click("Submit answers");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Passed");

        navigateTo("my-learning");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getText()))
                .contains("Test basics");
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(s -> s.getText()))
                .anySatisfy(text -> assertThat(text).startsWith("Completed on"));
    }

    @Test
    void enrolment_in_a_module_with_open_prerequisites_is_blocked_with_the_reason() {
        signInAs(TestUsers.MENTOR);
        navigateTo("modules/" + TrainingFixture.ADVANCED);
        assertThat(_get(Button.class, spec -> spec.withText("Enrol")).isEnabled()).isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Complete the modules listed"));
    }

    @Test
    void the_secretariat_enrols_a_cohort_of_regions_in_one_action() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("training-admin");
        click("Enrol a cohort");
        CohortDialog dialog = _get(CohortDialog.class);
        fill(dialog.module, TrainingFixture.BASICS);
        fill(dialog.regions, dialog.regions.getListDataView().getItems()
                .filter(r -> r.nutsCode().equals("SE224")).collect(Collectors.toSet()));
        // everyone active in Skåne: the demo people and the generated staff
        int active = db.fetchCount(APP_USER, APP_USER.ACTIVE.isTrue().and(APP_USER.REGION_ID.eq(
                db.select(REGION.ID).from(REGION).where(REGION.NUTS_CODE.eq("SE224")).asField())));
        _click(_get(dialog, Button.class, spec -> spec.withText("Enrol")));
        expectNotifications(active + " people enrolled in test-basics.");
    }

    @Test
    void the_catalogue_shows_modules_with_the_learners_status() {
        signInAs(TestUsers.LEARNER);
        navigateTo("catalog");
        fill(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withPlaceholder("Search modules")),
                "Test basics");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("1 module"))).isNotNull();
        @SuppressWarnings("unchecked")
        var list = (com.vaadin.flow.component.virtuallist.VirtualList<eu.regioacademy.training.CatalogEntry>)
                _get(com.vaadin.flow.component.virtuallist.VirtualList.class);
        assertThat(list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).toList())
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(eu.regioacademy.training.LearnerStatus.NOT_STARTED));
    }
}
