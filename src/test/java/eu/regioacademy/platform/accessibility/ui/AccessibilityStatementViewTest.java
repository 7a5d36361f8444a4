package eu.regioacademy.platform.accessibility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static eu.regioacademy.db.Tables.ACCESSIBILITY_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessibilityStatementViewTest extends KaribuTest {

    @Autowired
    DSLContext db;

    @Test
    void the_statement_has_the_sections_of_the_eu_model_and_lists_the_known_limitations() {
        signInAs(TestUsers.LEARNER);
        navigateTo("accessibility");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Compliance status", "Non-accessible content",
                "Preparation of this accessibility statement", "Feedback and contact information", "Enforcement procedure");
        assertThat(_find(ListItem.class)).hasSize(AccessibilityStatementView.LIMITATIONS);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA"))
                .contains("This statement was prepared on December 6, 2026.");
    }

    @Test
    void feedback_is_confirmed_with_its_number_and_a_short_message_is_marked_on_its_field() {
        signInAs(TestUsers.LEARNER);
        navigateTo("accessibility?page=catalog");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Page or feature concerned (optional)")).getValue()).isEqualTo("catalog");
        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Describe the problem"));
        fill(message, "Too short");
        _click(_get(Button.class, spec -> spec.withText("Send feedback")));
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Describe the problem in at least 10 characters.");

        fill(_get(EmailField.class, spec -> spec.withLabel("Your e-mail address (optional)")), "elin@example.org");
        fill(message, "The quiz result is not announced by my screen reader.");
        _click(_get(Button.class, spec -> spec.withText("Send feedback")));
        long id = db.select(ACCESSIBILITY_FEEDBACK.ID).from(ACCESSIBILITY_FEEDBACK)
                .where(ACCESSIBILITY_FEEDBACK.EMAIL.eq("elin@example.org")).fetchSingle(ACCESSIBILITY_FEEDBACK.ID);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("feedback-confirmation")).getText())
                .isEqualTo("Thank you. Your feedback was received under number " + id + ".");
        assertThat(message.getValue()).isEmpty();
        assertThat(message.isInvalid()).isFalse();
    }
}
