package eu.regioacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.people.Commission;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionDraft;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Adds a member region or corrects one. */
class RegionEditorDialog extends Dialog {

    final TextField nutsCode = new TextField();
    final TextField name = new TextField();
    final TextField country = new TextField();
    final Select<Commission> commission = new Select<>();

    RegionEditorDialog(RegionService regions, @Nullable Region existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "admin.regions.new" : "admin.regions.edit",
                existing == null ? "" : existing.name()));
        nutsCode.setLabel(getTranslation("region.nuts-code"));
        nutsCode.setHelperText(getTranslation("region.nuts-code.helper"));
        nutsCode.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("region.name"));
        name.setRequiredIndicatorVisible(true);
        country.setLabel(getTranslation("region.country"));
        country.setHelperText(getTranslation("region.country.helper"));
        country.setRequiredIndicatorVisible(true);
        commission.setLabel(getTranslation("region.commission"));
        commission.setItems(Commission.values());
        commission.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        commission.setRequiredIndicatorVisible(true);
        if (existing != null) {
            nutsCode.setValue(existing.nutsCode());
            name.setValue(existing.name());
            country.setValue(existing.countryCode());
            commission.setValue(existing.commission());
        }
        FieldErrors errors = new FieldErrors(this).bind("nutsCode", nutsCode).bind("name", name)
                .bind("countryCode", country).bind("commission", commission);
        add(new FormLayout(nutsCode, name, country, commission));

        Button save = new Button(getTranslation("action.save"), e -> {
            RegionDraft draft = new RegionDraft(nutsCode.getValue(), name.getValue(), country.getValue(),
                    commission.getValue());
            try {
                if (existing == null) regions.create(draft);
                else regions.update(existing.id(), existing.version(), draft);
                Notifications.success(getTranslation("admin.regions.saved", draft.name().strip()));
                onSaved.run();
                close();
            } catch (InvalidInputException ex) {
                String other = errors.show(ex);
                if (!other.isEmpty()) Notifications.error(other);
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation(ConcurrentChangeException.MESSAGE_KEY));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        nutsCode.focus();
    }
}
