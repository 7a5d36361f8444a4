package eu.regioacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.people.UserAdminService;
import eu.regioacademy.people.UserDraft;
import eu.regioacademy.people.UserSummary;
import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import java.util.EnumSet;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Creates a user, or edits one, resets their password or deactivates them. */
class UserEditorDialog extends Dialog {

    final TextField name = new TextField();
    final TextField email = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Select<Locale> language = new Select<>();
    final Checkbox active = new Checkbox();
    final PasswordField password = new PasswordField();
    private final FieldErrors errors = new FieldErrors(this);
    private final UserAdminService users;
    private final @Nullable UserSummary existing;
    private final Runnable onSaved;

    UserEditorDialog(UserAdminService users, RegionService regions, @Nullable UserSummary existing, Runnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "admin.users.new" : "admin.users.edit", 
                existing == null ? "" : existing.displayName()));
        setWidth("min(40rem, 95vw)");

        name.setLabel(getTranslation("user.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setLabel(getTranslation("user.email"));
        email.setRequiredIndicatorVisible(true);
        region.setLabel(getTranslation("user.region"));
        region.setRequiredIndicatorVisible(true);
        region.setItems(regions.all());
        region.setItemLabelGenerator(r -> r.name() + " (" + r.nutsCode() + ")");
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(EnumSet.complementOf(EnumSet.of(Role.LEARNER)));
        roles.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        roles.setHelperText(getTranslation("user.roles.helper"));
        language.setLabel(getTranslation("user.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(Languages::nativeName);
        active.setLabel(getTranslation("user.active"));
        password.setLabel(getTranslation("user.initial-password"));
        password.setHelperText(getTranslation("user.password.helper", UserAdminService.MIN_PASSWORD_LENGTH));

        errors.bind("displayName", name).bind("email", email).bind("regionId", region).bind("roles", roles)
                .bind("locale", language).bind("password", password);

        FormLayout form = new FormLayout(name, email, region, language, roles, active);
        form.setColspan(roles, 2);
        if (existing == null) {
            form.add(password);
            language.setValue(Languages.ENGLISH);
            active.setValue(true);
        } else {
            name.setValue(existing.displayName());
            email.setValue(existing.email());
            region.setValue(regions.all().stream().filter(r -> r.id() == existing.regionId()).findFirst().orElse(null));
            EnumSet<Role> extra = EnumSet.noneOf(Role.class);
            extra.addAll(existing.roles());
            extra.remove(Role.LEARNER);
            roles.setValue(extra);
            language.setValue(Languages.fromTag(existing.locale()));
            active.setValue(existing.active());
        }
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (existing != null) {
            Button reset = new Button(getTranslation("admin.users.reset-password"),
                    e -> new PasswordResetDialog(users, existing).open());
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button deactivate = new Button(getTranslation("admin.users.deactivate"), e -> confirmDeactivation());
            deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            deactivate.setEnabled(existing.active());
            getFooter().add(reset, deactivate);
        }
        getFooter().add(cancel, save);
        name.focus();
    }

    private void save() {
        Locale chosenLanguage = language.getValue() == null ? Languages.ENGLISH : language.getValue();
        UserDraft draft = new UserDraft(name.getValue(), email.getValue(),
                region.getValue() == null ? null : region.getValue().id(), roles.getValue(),
                active.getValue(), chosenLanguage.getLanguage());
        try {
            if (existing == null) {
                users.create(draft, password.getValue());
                Notifications.success(getTranslation("admin.users.created", draft.displayName().strip()));
            } else {
                users.update(existing.id(), existing.version(), draft);
                Notifications.success(getTranslation("admin.users.saved", draft.displayName().strip()));
            }
            onSaved.run();
            close();
        } catch (InvalidInputException e) {
            String other = errors.show(e);
            if (!other.isEmpty()) Notifications.error(other);
        } catch (ConcurrentChangeException e) {
            Notifications.error(getTranslation(ConcurrentChangeException.MESSAGE_KEY));
        }
    }

    private void confirmDeactivation() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.users.deactivate.confirm.title", existing.displayName()));
        confirm.setText(getTranslation("admin.users.deactivate.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("admin.users.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                users.deactivate(existing.id());
                Notifications.success(getTranslation("admin.users.deactivated", existing.displayName()));
                onSaved.run();
                close();
            } catch (InvalidInputException ex) {
                Notifications.error(getTranslation(ex.errorKeysByField().values().iterator().next()));
            }
        });
        confirm.open();
    }
}
