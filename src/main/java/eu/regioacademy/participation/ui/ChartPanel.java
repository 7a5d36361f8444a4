package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import eu.regioacademy.participation.ChartBar;
import java.util.List;

/**
 * A chart drawn on the server as SVG, with the same numbers as a plain table one click
 * away, for screen readers and for copying into a report.
 */
class ChartPanel extends Section {

    ChartPanel(String title, String svg, String labelHeader, String valueHeader, List<ChartBar> rows) {
        addClassName("chart-panel");
        InlineSvg chart = new InlineSvg(svg, "chart");
        Div tableBox = new Div();
        // the table as markup inside one element: as elements it was five state nodes per row, kept per open tab
        tableBox.getElement().setProperty("innerHTML", table(title, labelHeader, valueHeader, rows));
        tableBox.addClassName("chart-table");
        tableBox.setVisible(false);
        Button toggle = new Button(getTranslation("participation.chart.show-table"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> {
            boolean show = !tableBox.isVisible();
            tableBox.setVisible(show);
            chart.setVisible(!show);
            toggle.setText(getTranslation(show ? "participation.chart.show-chart" : "participation.chart.show-table"));
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
        });
        Div header = new Div(new H3(title), toggle);
        header.addClassName("chart-header");
        add(header, chart, tableBox);
    }

    /** The table's markup, texts escaped by jsoup. */
    static String table(String caption, String labelHeader, String valueHeader, List<ChartBar> rows) {
        org.jsoup.nodes.Element table = new org.jsoup.nodes.Element("table");
        table.appendElement("caption").text(caption);
        org.jsoup.nodes.Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(labelHeader);
        head.appendElement("th").attr("scope", "col").text(valueHeader);
        org.jsoup.nodes.Element body = table.appendElement("tbody");
        for (ChartBar row : rows) {
            org.jsoup.nodes.Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(row.label());
            tr.appendElement("td").text(row.valueText());
        }
        return table.outerHtml();
    }
}
