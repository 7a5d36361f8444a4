package eu.regioacademy.participation.ui;

import eu.regioacademy.platform.ui.MarkupText;
import com.vaadin.flow.component.Component;
import eu.regioacademy.participation.ChartBar;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A chart drawn on the server as SVG, with the same numbers as a plain table one click
 * away, for screen readers and for copying into a report.
 */
class ChartPanel extends InlineSvg {

    /**
     * The heading as markup in this one element, and the drawing with the table behind a native
     * disclosure as the markup the browser fetches into it (texts escaped by jsoup). As components
     * (a button with its listener, a hidden box, the heading) a panel was eight state nodes, kept per
     * open tab; the table, sent with the page, was kept twice per tab (as the element's markup and in
     * Vaadin's kept answer), now only once per tab, compressed, in the drawing. The disclosure is the
     * browser's own (keyboard, announced as expanded or collapsed); the style sheet hides the drawing
     * while the table is open and swaps the disclosure's text, as the button did.
     */
    ChartPanel(Component translator, String title, String svg, String labelHeader, String valueHeader, List<ChartBar> rows) {
        super(body(translator, svg, title, labelHeader, valueHeader, rows), "chart-panel", frame(title));
    }

    private static String frame(String title) {
        Element frame = new Element("div");
        frame.appendElement("div").addClass("chart-header").appendElement("h3").text(title);
        frame.appendElement("div").addClass("chart-body").attr("data-svg", true);
        return MarkupText.inner(frame);
    }

    private static String body(Component translator, String svg, String title, String labelHeader, String valueHeader,
                               List<ChartBar> rows) {
        Element details = new Element("details").addClass("chart-details");
        Element summary = details.appendElement("summary");
        summary.appendElement("span").addClass("show-table").text(translator.getTranslation("participation.chart.show-table"));
        summary.appendElement("span").addClass("show-chart").text(translator.getTranslation("participation.chart.show-chart"));
        details.appendElement("div").addClass("chart-table").appendChild(table(title, labelHeader, valueHeader, rows));
        // the drawing as SVG text, not parsed again as HTML (which would lower-case its viewBox)
        return "<div class=\"chart\">" + svg + "</div>" + MarkupText.outer(details);
    }

    /** The table as markup, texts escaped by jsoup. */
    private static Element table(String caption, String labelHeader, String valueHeader, List<ChartBar> rows) {
        Element table = new Element("table");
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(labelHeader);
        head.appendElement("th").attr("scope", "col").text(valueHeader);
        Element body = table.appendElement("tbody");
        for (ChartBar row : rows) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(row.label());
            tr.appendElement("td").text(row.valueText());
        }
        return table;
    }
}
