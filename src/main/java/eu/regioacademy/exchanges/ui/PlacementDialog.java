package eu.regioacademy.exchanges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.exchanges.ExchangeCall;
import eu.regioacademy.exchanges.ExchangeService;
import eu.regioacademy.exchanges.PlacementDraft;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.security.SignedInUser;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.TopicLabels;
import java.util.List;
import java.util.Locale;

/** A host region's coordinator publishes a placement in a call. */
final class PlacementDialog {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "it", "pt", "sv", "de", "el", "pl", "nl");

    private PlacementDialog() {
    }

    static void open(Component t, ExchangeService exchanges, ExchangeCall call, SignedInUser user, Runnable done) {
        Dialog dialog = new Dialog(t.getTranslation("exchange.publish"));
        TextField department = new TextField(t.getTranslation("exchange.department"));
        TextArea work = new TextArea(t.getTranslation("exchange.work"));
        MultiSelectComboBox<String> topics = new MultiSelectComboBox<>(t.getTranslation("mentoring.topics"));
        topics.setItems(Topics.ALL);
        topics.setItemLabelGenerator(x -> TopicLabels.label(t, x));
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(t.getTranslation("editor.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(com.vaadin.flow.component.UI.getCurrent().getLocale()));
        EmailField supervisor = new EmailField(t.getTranslation("exchange.supervisor-email"));
        supervisor.setHelperText(t.getTranslation("exchange.supervisor-email.help"));
        IntegerField places = new IntegerField(t.getTranslation("editor.capacity"));
        places.setValue(1);
        DatePicker from = new DatePicker(t.getTranslation("editor.starts-on"));
        from.setValue(call.periodStarts());
        DatePicker until = new DatePicker(t.getTranslation("editor.ends-on"));
        until.setValue(call.periodEnds());
        FieldErrors errors = new FieldErrors(t).bind("department", department).bind("work", work).bind("topics", topics)
                .bind("languages", languages).bind("supervisor", supervisor).bind("places", places).bind("availableUntil", until);
        Button save = new Button(t.getTranslation("exchange.publish"), e -> {
            if (errors.attempt(() -> exchanges.publish(new PlacementDraft(call.id(), user.regionId(), department.getValue(),
                    topics.getValue(), work.getValue(), supervisor.getValue(), List.copyOf(languages.getValue()),
                    places.getValue() == null ? 0 : places.getValue(), from.getValue(), until.getValue())))) {
                dialog.close();
                Notifications.success(t.getTranslation("exchange.published"));
                done.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(department, work, topics, languages, supervisor, places, from, until));
        dialog.setWidth("44rem");
        dialog.getFooter().add(new Button(t.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
