package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
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
        Element table = table(title, labelHeader, valueHeader, rows);
        Div tableBox = new Div();
        tableBox.getElement().appendChild(table);
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

    private static Element table(String caption, String labelHeader, String valueHeader, List<ChartBar> rows) {
        Element table = new Element("table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(labelHeader).setAttribute("scope", "col"),
                new Element("th").setText(valueHeader).setAttribute("scope", "col"));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (ChartBar row : rows) {
            body.appendChild(new Element("tr").appendChild(new Element("th").setText(row.label()).setAttribute("scope", "row"),
                    new Element("td").setText(row.valueText())));
        }
        table.appendChild(body);
        return table;
    }
}
