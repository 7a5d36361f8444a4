package eu.regioacademy.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.certificates.VerificationCode;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;

/** Issues a certificate for an activity outside the platform, such as an external workshop. */
class ManualIssueDialog extends Dialog {

    final TextField holder = new TextField();
    final TextField title = new TextField();
    final BigDecimalField hours = new BigDecimalField();
    final DatePicker achievedOn = new DatePicker();

    ManualIssueDialog(CertificateService certificates, Runnable onDone) {
        setHeaderTitle(getTranslation("certificates-admin.issue"));
        holder.setLabel(getTranslation("certificates-admin.holder-email"));
        title.setLabel(getTranslation("certificates-admin.achievement"));
        title.setMaxLength(300);
        hours.setLabel(getTranslation("certificates-admin.hours"));
        achievedOn.setLabel(getTranslation("certificates-admin.achieved-on"));
        achievedOn.setLocale(getLocale());
        FieldErrors errors = new FieldErrors(this).bind("holder", holder).bind("title", title).bind("hours", hours)
                .bind("achievedOn", achievedOn);
        FormLayout form = new FormLayout(holder, title, hours, achievedOn);
        form.setColspan(title, 2);
        add(form);
        Button issue = new Button(getTranslation("certificates-admin.issue"), e -> {
            try {
                VerificationCode code = certificates.issueManually(holder.getValue(), title.getValue(), hours.getValue(),
                        achievedOn.getValue());
                Notifications.success(getTranslation("certificates-admin.issued-done", code.display()));
                onDone.run();
                close();
            } catch (InvalidInputException ex) {
                String other = errors.show(ex);
                if (!other.isEmpty()) Notifications.error(other);
            }
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), issue);
        setWidth("min(40rem, 95vw)");
    }
}
