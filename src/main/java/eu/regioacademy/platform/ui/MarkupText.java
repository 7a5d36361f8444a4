package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /**
     * An element's markup as built: jsoup's default output adds line breaks and indentation, which
     * the browser ignores and every open tab would keep in server memory (and in Vaadin's kept answer).
     */
    public static String outer(Element markup) {
        return compact(markup).outerHtml();
    }

    /** The markup of an element's children, as {@link #outer}. */
    public static String inner(Element markup) {
        return compact(markup).html();
    }

    private static Element compact(Element markup) {
        if (markup.ownerDocument() == null) {
            Document holder = new Document("");
            holder.outputSettings().prettyPrint(false);
            holder.appendChild(markup);
        } else {
            markup.ownerDocument().outputSettings().prettyPrint(false);
        }
        return markup;
    }

    /**
     * An element as one component, its children as the component's inner HTML in their {@link Latin1}
     * form: {@code new Html(markup)} parses the markup again and keeps every character as it is.
     */
    public static Html html(Element markup) {
        Html component = new Html(outer(markup.shallowClone()));
        setHtml(component, inner(markup));
        return component;
    }

    /** Markup (texts already escaped) as the component's inner HTML, kept in its {@link Latin1} form. */
    public static void setHtml(HasElement component, String markup) {
        component.getElement().setProperty("innerHTML", Latin1.html(markup));
    }
}
