package eu.regioacademy.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;

/** Revokes a certificate with a reason the holder and every verifier will read. */
class RevokeDialog extends Dialog {

    final TextArea reason = new TextArea();

    RevokeDialog(CertificateService certificates, CertificateFacts certificate, Runnable onDone) {
        setHeaderTitle(getTranslation("certificates-admin.revoke-title", certificate.code().display()));
        reason.setLabel(getTranslation("certificates-admin.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        add(new Paragraph(getTranslation("certificates-admin.revoke-text", certificate.holderName(), certificate.title())), reason);
        Button revoke = new Button(getTranslation("certificates-admin.revoke"), e -> {
            try {
                certificates.revoke(certificate.code(), reason.getValue());
                Notifications.success(getTranslation("certificates-admin.revoked-done", certificate.code().display()));
                onDone.run();
                close();
            } catch (InvalidInputException ex) {
                String other = errors.show(ex);
                if (!other.isEmpty()) Notifications.error(other);
            }
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), revoke);
        setWidth("min(36rem, 95vw)");
    }
}
