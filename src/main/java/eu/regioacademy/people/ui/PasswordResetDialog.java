package eu.regioacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import eu.regioacademy.people.UserAdminService;
import eu.regioacademy.people.UserSummary;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;

/** Sets a new password for a user (who then signs in with it; a lock from failed attempts ends). */
class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField();

    PasswordResetDialog(UserAdminService users, UserSummary user) {
        setHeaderTitle(getTranslation("admin.users.reset-password.title", user.displayName()));
        password.setLabel(getTranslation("user.new-password"));
        password.setHelperText(getTranslation("user.password.helper", UserAdminService.MIN_PASSWORD_LENGTH));
        password.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("password", password);
        add(password);
        Button save = new Button(getTranslation("admin.users.reset-password"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                Notifications.success(getTranslation("admin.users.password-reset", user.displayName()));
                close();
            } catch (InvalidInputException ex) {
                String other = errors.show(ex);
                if (!other.isEmpty()) Notifications.error(other);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        password.focus();
    }
}
