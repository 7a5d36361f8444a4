package eu.regioacademy.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.certificates.VerificationCode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Public verification of a certificate code, in the visitor's browser language, no sign-in. */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_UPLOAD_BYTES = CertificateService.MAX_VERIFY_FILE_BYTES;
    private final CertificateService certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    public VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("view", "verify-view");
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XX");
        code.setWidth("18rem");
        Button check = new Button(getTranslation("verify.check"), e -> show(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        result.addClassName("verify-result");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), form, fileCheck(), result);
    }

    /** Drop a PDF: is it, byte for byte, a certificate issued here? */
    private Div fileCheck() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.accessSynchronously(() -> showFile(bytes)))));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("verify.upload")));
        upload.addFileRejectedListener(e -> {
            result.removeAll();
            outcome("unknown", VaadinIcon.WARNING, "verify.upload-rejected");
        });
        Div box = new Div(new Paragraph(getTranslation("verify.upload-intro")), upload);
        box.addClassName("verify-upload");
        return box;
    }

    void showFile(byte[] bytes) {
        result.removeAll();
        result.removeClassNames("valid", "revoked", "unknown");
        try {
            certificates.verifyFile(bytes).ifPresentOrElse(facts -> {
                showFacts(facts);
                result.add(new Paragraph(getTranslation("verify.file-genuine")));
            }, () -> outcome("unknown", VaadinIcon.CLOSE_CIRCLE, "verify.file-unknown"));
        } catch (InvalidInputException refused) {
            outcome("unknown", VaadinIcon.WARNING, refused.errorKeysByField().values().iterator().next());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(typed);
            show(typed);
        });
    }

    private void show(String typed) {
        result.removeAll();
        result.removeClassNames("valid", "revoked", "unknown");
        switch (VerificationCode.parse(typed)) {
            case VerificationCode.Valid valid -> certificates.verify(valid.code()).ifPresentOrElse(this::showFacts,
                    () -> outcome("unknown", VaadinIcon.QUESTION_CIRCLE, "verify.unknown"));
            case VerificationCode.TypingError typo -> outcome("unknown", VaadinIcon.WARNING, "verify.typing-error");
            case VerificationCode.Malformed malformed -> outcome("unknown", VaadinIcon.WARNING, "verify.malformed");
        }
    }

    private void outcome(String style, VaadinIcon icon, String key) {
        result.addClassName(style);
        result.add(new H2(icon.create(), new com.vaadin.flow.component.Text(" " + getTranslation(key))));
    }

    private void showFacts(CertificateFacts facts) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        if (facts.erased()) {
            outcome("revoked", VaadinIcon.BAN, "verify.revoked");
            result.add(new Paragraph(getTranslation("verify.revoked-erased",
                    date.format(facts.revokedAt().atZone(ZoneOffset.UTC)))));
        } else if (facts.revoked()) {
            outcome("revoked", VaadinIcon.BAN, "verify.revoked");
            result.add(new Paragraph(getTranslation("verify.revoked-on",
                    date.format(facts.revokedAt().atZone(ZoneOffset.UTC)), facts.revokedReason())));
        } else {
            outcome("valid", VaadinIcon.CHECK_CIRCLE, "verify.valid");
        }
        // a person erased on request has no name here any more
        if (!facts.erased()) result.add(new Paragraph(getTranslation("verify.holder", facts.holderName())));
        result.add(new Paragraph(getTranslation("verify.achievement", getTranslation(facts.kind().translationKey()), facts.title())),
                new Paragraph(getTranslation("verify.dates", date.format(facts.achievedOn()),
                        date.format(facts.issuedAt().atZone(ZoneOffset.UTC)))),
                new Paragraph(getTranslation("verify.issuer", facts.issuer(), facts.signatory())),
                new Paragraph(getTranslation("verify.code-is", facts.code().display())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · " + getTranslation("app.name");
    }
}
