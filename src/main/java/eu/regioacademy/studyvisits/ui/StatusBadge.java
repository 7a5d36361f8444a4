package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.html.Span;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.VisitStatus;
import java.util.Locale;

/** A visit's or an application's state as a coloured label, the same on every page. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(VisitStatus status, String text) {
        return badge("visit-" + status.name().toLowerCase(Locale.ROOT), text);
    }

    static Span of(ApplicationStatus status, String text) {
        return badge("application-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'), text);
    }

    private static Span badge(String variant, String text) {
        Span badge = new Span(text);
        badge.addClassNames("status-badge", variant);
        return badge;
    }
}
