package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import eu.regioacademy.participation.ParticipationFilter;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.ui.MarkupText;
import eu.regioacademy.platform.ui.NativeSelect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Downloads of what the dashboard shows: entries and per-region summary, and the PDF report.
 * The links are plain markup, redrawn when the filter or the report's language changes: as
 * components, the heading and five links with their texts were twelve state nodes kept in
 * server memory for every open tab.
 */
class ExportLinks extends Section {

    static final String BASE = "reports/participation/";
    private final Div files = new Div();
    private final Div reportLink = new Div();
    // the browser's own list: Vaadin's Select kept 13 state nodes per open tab for six languages
    private final NativeSelect<Locale> language = new NativeSelect<>(Languages.SUPPORTED, Languages::nativeName, null);
    private ParticipationFilter filter = ParticipationFilter.lastYear(java.time.LocalDate.now());

    ExportLinks() {
        addClassName("exports");
        files.addClassName("export-markup");
        reportLink.addClassName("export-markup");
        language.addClassName("report-language");
        language.setValue(Languages.fromTag(getLocale().getLanguage()));
        language.addValueChangeListener(e -> show(filter));
        Div pdf = new Div(language.withLabel(getTranslation("participation.export.language")), reportLink);
        pdf.addClassName("export-report");
        add(files, pdf);
    }

    void show(ParticipationFilter newFilter) {
        this.filter = newFilter;
        String query = new QueryParameters(newFilter.toParameters()).getQueryString();
        Element markup = new Element("div");
        markup.appendElement("h3").text(getTranslation("participation.export.title"));
        Element links = markup.appendElement("div").addClass("export-files");
        link(links, "participation.export.entries-csv", "entries.csv?" + query);
        link(links, "participation.export.entries-xlsx", "entries.xlsx?" + query);
        link(links, "participation.export.regions-csv", "regions.csv?" + query);
        link(links, "participation.export.regions-xlsx", "regions.xlsx?" + query);
        MarkupText.setHtml(files, MarkupText.inner(markup));
        Map<String, List<String>> withLanguage = new LinkedHashMap<>(newFilter.toParameters());
        withLanguage.put("lang", List.of(language.getValue().getLanguage()));
        Element report = new Element("div");
        link(report, "participation.export.report", "report.pdf?" + new QueryParameters(withLanguage).getQueryString());
        MarkupText.setHtml(reportLink, MarkupText.inner(report));
    }

    /** A download the router leaves to the browser. */
    private void link(Element parent, String key, String file) {
        parent.appendElement("a").addClass("export-link").attr("href", BASE + file).attr("download", true)
                .attr("router-ignore", true).text(getTranslation(key));
    }
}
