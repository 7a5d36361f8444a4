package eu.regioacademy.platform.accessibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.platform.accessibility.AccessibilityFeedbackService;
import eu.regioacademy.platform.accessibility.FeedbackDraft;
import eu.regioacademy.platform.ui.FieldErrors;

/** The feedback form: only the message is required; the confirmation is announced to screen readers. */
class FeedbackForm extends Div {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField page = new TextField();
    private final TextArea message = new TextArea();
    private final Paragraph confirmation = new Paragraph();

    FeedbackForm(AccessibilityFeedbackService feedback) {
        addClassName("feedback-form");
        name.setLabel(getTranslation("a11y.feedback.name"));
        name.setMaxLength(AccessibilityFeedbackService.MAX_NAME);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("a11y.feedback.email"));
        email.setHelperText(getTranslation("a11y.feedback.email-help"));
        email.setMaxLength(AccessibilityFeedbackService.MAX_EMAIL);
        page.setLabel(getTranslation("a11y.feedback.page"));
        page.setMaxLength(AccessibilityFeedbackService.MAX_PAGE);
        message.setLabel(getTranslation("a11y.feedback.message"));
        message.setRequiredIndicatorVisible(true);
        message.setMaxLength(AccessibilityFeedbackService.MAX_MESSAGE);
        message.setMinHeight("8rem");
        message.setHelperText(getTranslation("a11y.feedback.message-help", AccessibilityFeedbackService.MIN_MESSAGE));
        FieldErrors errors = new FieldErrors(this).bind("name", name).bind("email", email).bind("page", page)
                .bind("message", message);
        confirmation.addClassName("feedback-confirmation");
        // a live region: the confirmation is read out where it appears
        confirmation.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("a11y.feedback.send"), e -> errors.attempt(() -> {
            long id = feedback.submit(new FeedbackDraft(name.getValue(), email.getValue(), page.getValue(),
                    message.getValue()), getLocale());
            confirmation.setText(getTranslation("a11y.feedback.thanks", String.valueOf(id)));
            name.clear();
            email.clear();
            page.clear();
            message.clear();
            // an emptied required field would show as invalid: the form starts afresh instead
            errors.clear();
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("feedback-send");
        for (var field : new com.vaadin.flow.component.HasSize[] {name, email, page, message}) {
            field.setWidthFull();
        }
        add(name, email, page, message, send, confirmation);
    }

    void setPage(String value) {
        page.setValue(value.length() > AccessibilityFeedbackService.MAX_PAGE
                ? value.substring(0, AccessibilityFeedbackService.MAX_PAGE) : value);
    }
}
