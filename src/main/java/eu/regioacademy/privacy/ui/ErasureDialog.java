package eu.regioacademy.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.privacy.ErasureReport;
import eu.regioacademy.privacy.ErasureService;
import eu.regioacademy.privacy.PersonToErase;
import java.util.Locale;
import java.util.function.Consumer;

/** Says what erasure does and cannot undo, and asks for the person's e-mail address as confirmation. */
class ErasureDialog extends Dialog {

    final TextField confirmation = new TextField();
    final Button erase = new Button();

    ErasureDialog(ErasureService erasure, PersonToErase person, Consumer<ErasureReport> onDone) {
        setHeaderTitle(getTranslation("erasure.dialog.title", person.displayName()));
        UnorderedList effects = new UnorderedList();
        for (String key : new String[]{"erasure.effect.account", "erasure.effect.commitments", "erasure.effect.notes",
                "erasure.effect.certificates", "erasure.effect.statistics"}) {
            effects.add(new ListItem(getTranslation(key)));
        }
        confirmation.setLabel(getTranslation("erasure.dialog.type-email", person.email()));
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        FieldErrors errors = new FieldErrors(this).bind("email", confirmation);
        erase.setText(getTranslation("erasure.erase"));
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        confirmation.addValueChangeListener(e -> erase.setEnabled(
                e.getValue().strip().toLowerCase(Locale.ROOT).equals(person.email())));
        erase.addClickListener(e -> {
            try {
                ErasureReport report = erasure.erase(person.id(), confirmation.getValue());
                Notifications.success(getTranslation("erasure.erased"));
                onDone.accept(report);
                close();
            } catch (InvalidInputException ex) {
                String other = errors.show(ex);
                if (!other.isEmpty()) Notifications.error(other);
            }
        });
        add(new Paragraph(getTranslation("erasure.dialog.text")), effects, confirmation);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), erase);
        setWidth("min(40rem, 95vw)");
    }
}
