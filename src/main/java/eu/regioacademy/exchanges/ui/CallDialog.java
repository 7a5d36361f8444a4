package eu.regioacademy.exchanges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.exchanges.CallDraft;
import eu.regioacademy.exchanges.ExchangeService;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The secretariat opens a call; daily rates are entered as "SE=144, ES=126", travel bands as "499=211, 1999=309". */
final class CallDialog {

    private CallDialog() {
    }

    static void open(Component t, ExchangeService exchanges, Runnable done) {
        Dialog dialog = new Dialog(t.getTranslation("exchange.open-call"));
        TextField name = new TextField(t.getTranslation("cycle.name"));
        Map<String, TextArea> descriptions = new LinkedHashMap<>();
        com.vaadin.flow.component.tabs.TabSheet texts = new com.vaadin.flow.component.tabs.TabSheet();
        for (java.util.Locale language : eu.regioacademy.platform.i18n.Languages.SUPPORTED) {
            TextArea description = new TextArea(t.getTranslation("editor.description"));
            description.setWidthFull();
            descriptions.put(language.getLanguage(), description);
            texts.add(eu.regioacademy.platform.i18n.Languages.nativeName(language), description);
        }
        DatePicker opens = new DatePicker(t.getTranslation("exchange.applications-open"));
        DatePicker closes = new DatePicker(t.getTranslation("exchange.applications-close"));
        DatePicker starts = new DatePicker(t.getTranslation("exchange.period-starts"));
        DatePicker ends = new DatePicker(t.getTranslation("exchange.period-ends"));
        IntegerField minWeeks = new IntegerField(t.getTranslation("exchange.min-weeks"));
        minWeeks.setValue(2);
        IntegerField maxWeeks = new IntegerField(t.getTranslation("exchange.max-weeks"));
        maxWeeks.setValue(6);
        IntegerField maxApplications = new IntegerField(t.getTranslation("exchange.max-applications"));
        maxApplications.setValue(3);
        TextField rates = new TextField(t.getTranslation("exchange.rates"));
        rates.setValue("ES=126, FR=144, GR=108, IT=126, PT=108, SE=144");
        rates.setHelperText(t.getTranslation("exchange.rates.help"));
        TextField bands = new TextField(t.getTranslation("exchange.bands"));
        bands.setValue("499=211, 1999=309, 3999=395, 7999=580");
        FieldErrors errors = new FieldErrors(t).bind("name", name).bind("description", descriptions.get("en")).bind("applicationsClose", closes).bind("periodEnds", ends)
                .bind("maxWeeks", maxWeeks).bind("maxApplications", maxApplications).bind("dailyRates", rates)
                .bind("travelBands", bands);
        Button save = new Button(t.getTranslation("exchange.open-call"), e -> {
            if (opens.isEmpty() || closes.isEmpty() || starts.isEmpty() || ends.isEmpty()) {
                Notifications.error(t.getTranslation("visit.error.dates-required"));
                return;
            }
            Map<String, BigDecimal> rateTable = new LinkedHashMap<>();
            pairs(rates.getValue()).forEach((k, v) -> rateTable.put(k.toUpperCase(java.util.Locale.ROOT), v));
            List<CallDraft.TravelBand> bandTable = pairs(bands.getValue()).entrySet().stream()
                    .map(x -> new CallDraft.TravelBand(Integer.parseInt(x.getKey()), x.getValue())).toList();
            Map<String, String> written = new LinkedHashMap<>();
            descriptions.forEach((language, area) -> {
                if (!area.isEmpty()) written.put(language, area.getValue());
            });
            if (errors.attempt(() -> exchanges.openCall(new CallDraft(name.getValue(), written, opens.getValue(), closes.getValue(), starts.getValue(), ends.getValue(),
                    value(minWeeks), value(maxWeeks), value(maxApplications), rateTable, bandTable)))) {
                dialog.close();
                Notifications.success(t.getTranslation("exchange.call-opened"));
                done.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, texts, opens, closes, starts, ends, minWeeks, maxWeeks, maxApplications,
                rates, bands);
        dialog.add(form);
        dialog.setWidth("48rem");
        dialog.getFooter().add(new Button(t.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** "A=1, B=2" as an ordered map; malformed entries are left out (and then reported as an empty table). */
    static Map<String, BigDecimal> pairs(String text) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2) continue;
            try {
                result.put(kv[0].strip(), new BigDecimal(kv[1].strip()));
            } catch (NumberFormatException ignored) {
                // the service reports what is missing
            }
        }
        return result;
    }
}
