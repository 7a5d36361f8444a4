package eu.regioacademy.platform.accessibility.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.regioacademy.platform.accessibility.AccessibilityFeedbackService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The accessibility statement, laid out as the EU model statement (Commission Implementing
 * Decision (EU) 2018/1523): compliance status, non-accessible content, preparation,
 * feedback and contact, enforcement. Public, outside the signed-in frame, so anyone can
 * read it and send feedback before signing in.
 */
@Route(value = "accessibility", autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** When the statement was prepared and last reviewed: change with the text. */
    static final LocalDate PREPARED_ON = LocalDate.of(2026, 12, 6);
    static final LocalDate REVIEWED_ON = LocalDate.of(2026, 12, 6);
    /** The known limitations, each a translation key {@code a11y.limitation.N}. */
    static final int LIMITATIONS = 5;

    private final FeedbackForm feedbackForm;

    public AccessibilityStatementView(AccessibilityFeedbackService feedback) {
        addClassNames("view", "accessibility-view");
        feedbackForm = new FeedbackForm(feedback);
        Article statement = new Article();
        statement.addClassName("statement");
        statement.add(new Anchor("", getTranslation("a11y.back")), new H1(getTranslation("a11y.title")),
                new Paragraph(getTranslation("a11y.intro")), new Paragraph(getTranslation("a11y.scope")));
        statement.add(section("a11y.compliance.title", new Paragraph(getTranslation("a11y.compliance.text"))));

        UnorderedList limitations = new UnorderedList();
        for (int i = 1; i <= LIMITATIONS; i++) {
            limitations.add(new ListItem(getTranslation("a11y.limitation." + i)));
        }
        statement.add(section("a11y.non-accessible.title", new Paragraph(getTranslation("a11y.non-accessible.text")),
                limitations));

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        statement.add(section("a11y.preparation.title",
                new Paragraph(getTranslation("a11y.preparation.date", date.format(PREPARED_ON))),
                new Paragraph(getTranslation("a11y.preparation.method")),
                new Paragraph(getTranslation("a11y.preparation.reviewed", date.format(REVIEWED_ON)))));
        statement.add(section("a11y.feedback.title", new Paragraph(getTranslation("a11y.feedback.text")), feedbackForm));
        statement.add(section("a11y.enforcement.title", new Paragraph(getTranslation("a11y.enforcement.text"))));
        add(statement);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    /** {@code ?page=...} names the page the visitor came from, so the form can say where the barrier was. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("page").ifPresent(feedbackForm::setPage);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " · " + getTranslation("app.name");
    }
}
