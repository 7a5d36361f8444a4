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
     * Heading, drawing box and the table behind a native disclosure, as markup inside this one element
     * (texts escaped by jsoup): as components (a button with its listener, a hidden box, the heading) a
     * panel was eight state nodes, kept per open tab. The disclosure is the browser's own (keyboard,
     * announced as expanded or collapsed); the style sheet hides the drawing while the table is open
     * and swaps the disclosure's text, as the button did.
     */
    ChartPanel(Component translator, String title, String svg, String labelHeader, String valueHeader, List<ChartBar> rows) {
        super(svg, "chart-panel", frame(translator, title, labelHeader, valueHeader, rows));
    }

    private static String frame(Component translator, String title, String labelHeader, String valueHeader,
                                List<ChartBar> rows) {
        Element frame = new Element("div");
        frame.appendElement("div").addClass("chart-header").appendElement("h3").text(title);
        frame.appendElement("div").addClass("chart").attr("data-svg", true);
        Element details = frame.appendElement("details").addClass("chart-details");
        Element summary = details.appendElement("summary");
        summary.appendElement("span").addClass("show-table").text(translator.getTranslation("participation.chart.show-table"));
        summary.appendElement("span").addClass("show-chart").text(translator.getTranslation("participation.chart.show-chart"));
        details.appendElement("div").addClass("chart-table").appendChild(table(title, labelHeader, valueHeader, rows));
        return MarkupText.inner(frame);
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
