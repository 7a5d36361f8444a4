package eu.regioacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.training.TrainingAdminService;
import java.util.List;
import java.util.function.Supplier;

/** Enrols all staff of the chosen regions in a module, in one action. */
class CohortDialog extends Dialog {

    final ComboBox<String> module = new ComboBox<>();
    final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();

    CohortDialog(TrainingAdminService training, RegionService regionService, Supplier<List<String>> moduleCodes,
                 Runnable onDone) {
        setHeaderTitle(getTranslation("training-admin.cohort"));
        module.setLabel(getTranslation("training-admin.module"));
        module.setItems(moduleCodes.get());
        module.setRequiredIndicatorVisible(true);
        regions.setLabel(getTranslation("training-admin.cohort.regions"));
        regions.setItems(regionService.all());
        regions.setItemLabelGenerator(r -> r.name() + " (" + r.nutsCode() + ")");
        regions.setRequiredIndicatorVisible(true);
        regions.setHelperText(getTranslation("training-admin.cohort.helper"));
        FieldErrors errors = new FieldErrors(this).bind("module", module).bind("regions", regions);
        add(new FormLayout(module, regions));
        Button enrol = new Button(getTranslation("training-admin.cohort.enrol"), e -> {
            try {
                if (module.getValue() == null) throw InvalidInputException.of("module", "validation.required");
                int added = training.enrolCohort(module.getValue(), regions.getValue().stream().map(Region::id).toList());
                Notifications.success(getTranslation("training-admin.cohort.done", added, module.getValue()));
                onDone.run();
                close();
            } catch (InvalidInputException ex) {
                String other = errors.show(ex);
                if (!other.isEmpty()) Notifications.error(other);
            }
        });
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), enrol);
        setWidth("min(40rem, 95vw)");
    }
}
