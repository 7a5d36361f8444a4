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
        component.getElement().setProperty("innerHTML", Entities.escape(text));
    }
}
