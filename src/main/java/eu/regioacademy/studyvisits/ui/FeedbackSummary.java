package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import eu.regioacademy.studyvisits.FeedbackAnswer;
import java.util.List;

/** What participants said and later applied, at a glance, for the host and the secretariat. */
class FeedbackSummary extends Div {

    FeedbackSummary(List<FeedbackAnswer> answers) {
        addClassName("feedback-summary");
        add(new H3(getTranslation("host.feedback.title")));
        if (answers.isEmpty()) {
            add(new Paragraph(getTranslation("host.feedback.none")));
            return;
        }
        double average = answers.stream().mapToInt(FeedbackAnswer::rating).average().orElse(0);
        long applied = answers.stream().filter(a -> a.applied() != null).count();
        Span rating = new Span(getTranslation("host.feedback.average", String.format(getLocale(), "%.1f", average),
                answers.size()));
        ProgressBar bar = new ProgressBar(0, 5, average);
        bar.getElement().setAttribute("aria-label", rating.getText());
        add(rating, bar, new Paragraph(getTranslation("host.feedback.applied-count", applied, answers.size())));
        UnorderedList list = new UnorderedList();
        for (FeedbackAnswer a : answers) {
            ListItem item = new ListItem(new Span("★".repeat(a.rating()) + "☆".repeat(5 - a.rating())),
                    new Paragraph(getTranslation("host.feedback.learned", a.learned())),
                    new Paragraph(getTranslation("host.feedback.will-apply", a.willApply())));
            if (a.applied() != null) item.add(new Paragraph(getTranslation("host.feedback.applied", a.applied())));
            list.add(item);
        }
        add(list);
    }
}
