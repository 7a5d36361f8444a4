package eu.regioacademy.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.EmptyState;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.training.LearnerStatus;
import eu.regioacademy.training.LearningService;
import eu.regioacademy.training.MyLearningItem;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The learner's own modules: in progress with progress bars, completed with dates. */
@Route(value = "my-learning", layout = MainLayout.class)
@Menu(title = "nav.my-learning", icon = "vaadin:user-card", order = 2)
@PermitAll
public class MyLearningView extends Main implements HasDynamicTitle {

    public MyLearningView(LearningService learning, CertificateService certificates) {
        addClassNames("view", "my-learning-view");
        List<MyLearningItem> items = learning.myLearning(getLocale().getLanguage());
        List<CertificateFacts> mine = certificates.mine();
        add(participationRecordLink());
        if (!mine.isEmpty()) {
            Div section = new Div(new H3(getTranslation("my-learning.certificates", mine.size())));
            section.addClassName("my-learning-section");
            mine.forEach(c -> section.add(certificateRow(c, certificates.verifyUrl(c.code()))));
            add(section);
        }
        if (items.isEmpty()) {
            add(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("my-learning.empty.title"),
                    getTranslation("my-learning.empty.text"), new Anchor("catalog", getTranslation("nav.catalog"))));
            return;
        }
        List<MyLearningItem> inProgress = items.stream().filter(i -> i.status() == LearnerStatus.IN_PROGRESS).toList();
        List<MyLearningItem> completed = items.stream().filter(i -> i.status() == LearnerStatus.COMPLETED).toList();
        add(section("my-learning.in-progress", inProgress), section("my-learning.completed", completed));
    }

    /** The person's own record of everything completed, as a PDF for their CV. */
    private Anchor participationRecordLink() {
        Anchor record = new Anchor("reports/my-participation.pdf", getTranslation("my-learning.participation-record"));
        record.setRouterIgnore(true);
        record.getElement().setAttribute("download", "participation-record.pdf");
        record.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        record.addClassName("participation-record-link");
        return record;
    }

    private Div section(String titleKey, List<MyLearningItem> items) {
        Div section = new Div(new H3(getTranslation(titleKey, items.size())));
        section.addClassName("my-learning-section");
        if (items.isEmpty()) {
            Span none = new Span(getTranslation("my-learning.none"));
            none.addClassName("muted");
            section.add(none);
        }
        for (MyLearningItem item : items) {
            Div row = new Div(new Anchor("modules/" + item.code(), item.title()));
            row.addClassName("my-learning-item");
            if (item.status() == LearnerStatus.COMPLETED) {
                row.add(new Span(VaadinIcon.CHECK_CIRCLE.create(),
                        new Span(getTranslation("module.completed-on", Dates.date(item.completedAt())))));
                row.addClassName("completed");
            } else {
                Span label = new Span(getTranslation("learner-status.in-progress-percent", item.progressPercent()));
                ProgressBar bar = new ProgressBar(0, 100, item.progressPercent());
                bar.getElement().setAttribute("aria-label", item.title() + ": " + label.getText());
                row.add(label, bar, new Span(getTranslation("my-learning.enrolled-on", Dates.date(item.enrolledAt()))));
            }
            section.add(row);
        }
        return section;
    }

    private Div certificateRow(CertificateFacts certificate, String verifyUrl) {
        Anchor pdf = new Anchor("certificates/" + certificate.code().value() + ".pdf", certificate.title());
        pdf.setRouterIgnore(true);
        pdf.setTarget("_blank");
        Span code = new Span(certificate.code().display());
        code.addClassName("muted");
        Button copy = new Button(getTranslation("my-learning.copy-verify-link"), VaadinIcon.LINK.create(), e -> {
            e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", verifyUrl);
            Notifications.success(getTranslation("my-learning.verify-link-copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div languages = new Div();
        languages.addClassName("rendition-links");
        for (java.util.Locale language : eu.regioacademy.platform.i18n.Languages.SUPPORTED) {
            if (language.getLanguage().equals(certificate.language())) continue;
            Anchor copyIn = new Anchor("certificates/" + certificate.code().value() + ".pdf?lang=" + language.getLanguage(),
                    language.getLanguage().toUpperCase(java.util.Locale.ROOT));
            copyIn.setRouterIgnore(true);
            copyIn.setTarget("_blank");
            copyIn.getElement().setAttribute("aria-label", getTranslation("my-learning.download-in",
                    eu.regioacademy.platform.i18n.Languages.nativeName(language)));
            languages.add(copyIn);
        }
        Div row = new Div(VaadinIcon.DIPLOMA.create(), pdf, code, copy, languages);
        row.addClassName("my-learning-item");
        if (certificate.revoked()) {
            Span revoked = new Span(getTranslation("my-learning.certificate-revoked", certificate.revokedReason()));
            revoked.getElement().getThemeList().add("badge error");
            row.add(revoked);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-learning") + " · " + getTranslation("app.name");
    }
}
