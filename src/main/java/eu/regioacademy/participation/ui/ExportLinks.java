package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import eu.regioacademy.participation.ParticipationFilter;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.ui.NativeSelect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Downloads of what the dashboard shows: entries and per-region summary, and the PDF report. */
class ExportLinks extends Section {

    static final String BASE = "reports/participation/";
    private final Anchor entriesCsv = link("participation.export.entries-csv");
    private final Anchor entriesXlsx = link("participation.export.entries-xlsx");
    private final Anchor regionsCsv = link("participation.export.regions-csv");
    private final Anchor regionsXlsx = link("participation.export.regions-xlsx");
    private final Anchor report = link("participation.export.report");
    // the browser's own list: Vaadin's Select kept 13 state nodes per open tab for six languages
    private final NativeSelect<Locale> language = new NativeSelect<>(Languages.SUPPORTED, Languages::nativeName, null);
    private ParticipationFilter filter = ParticipationFilter.lastYear(java.time.LocalDate.now());

    ExportLinks() {
        addClassName("exports");
        language.setValue(Languages.fromTag(getLocale().getLanguage()));
        language.addValueChangeListener(e -> show(filter));
        Div files = new Div(entriesCsv, entriesXlsx, regionsCsv, regionsXlsx);
        files.addClassName("export-files");
        Div pdf = new Div(language.withLabel(getTranslation("participation.export.language")), report);
        pdf.addClassName("export-report");
        add(new H3(getTranslation("participation.export.title")), files, pdf);
    }

    void show(ParticipationFilter newFilter) {
        this.filter = newFilter;
        String query = new QueryParameters(newFilter.toParameters()).getQueryString();
        entriesCsv.setHref(BASE + "entries.csv?" + query);
        entriesXlsx.setHref(BASE + "entries.xlsx?" + query);
        regionsCsv.setHref(BASE + "regions.csv?" + query);
        regionsXlsx.setHref(BASE + "regions.xlsx?" + query);
        Map<String, List<String>> withLanguage = new LinkedHashMap<>(newFilter.toParameters());
        withLanguage.put("lang", List.of(language.getValue().getLanguage()));
        report.setHref(BASE + "report.pdf?" + new QueryParameters(withLanguage).getQueryString());
    }

    private Anchor link(String key) {
        Anchor a = new Anchor("", getTranslation(key));
        a.setRouterIgnore(true);
        a.getElement().setAttribute("download", true);
        a.addClassName("export-link");
        return a;
    }
}
