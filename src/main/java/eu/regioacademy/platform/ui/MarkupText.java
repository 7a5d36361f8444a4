package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.HasElement;
import org.jsoup.nodes.Entities;

/**
 * A component's text kept as escaped markup in its own element. {@code setText} adds a text
 * node, and Flow keeps that as a state node of its own for every open tab (docs/benchmarks.md,
 * "UI under load"); the browser shows the same text either way.
 */
public final class MarkupText {

    private MarkupText() {
    }

    public static void set(HasElement component, String text) {
        setHtml(component, Entities.escape(text));
    }

    /** Markup (texts already escaped) as the component's inner HTML, kept in its {@link Latin1} form. */
    public static void setHtml(HasElement component, String markup) {
        component.getElement().setProperty("innerHTML", Latin1.html(markup));
    }
}
