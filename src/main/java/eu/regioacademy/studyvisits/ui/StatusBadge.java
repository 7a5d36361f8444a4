package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.VisitStatus;
import java.util.Locale;
import java.util.function.Function;

/** A visit's or an application's state as a coloured label, the same on every page. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(VisitStatus status, String text) {
        return badge(variant(status), text);
    }

    /** The same label drawn by the browser in a grid cell, without a component per row. */
    static <T> LitRenderer<T> renderer(Function<T, VisitStatus> status, ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<span class=\"status-badge ${item.variant}\">${item.label}</span>")
                .withProperty("variant", item -> variant(status.apply(item))).withProperty("label", text);
    }

    private static String variant(VisitStatus status) {
        return "visit-" + status.name().toLowerCase(Locale.ROOT);
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
