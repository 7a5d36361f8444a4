package eu.regioacademy.participation.ui;

import eu.regioacademy.platform.ui.MarkupText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.QueryParameters;
import eu.regioacademy.participation.ChartBar;
import eu.regioacademy.participation.Dashboard;
import eu.regioacademy.participation.MonthActivity;
import eu.regioacademy.participation.RegionActivity;
import eu.regioacademy.participation.RegionHexMap;
import eu.regioacademy.participation.SvgChart;
import eu.regioacademy.platform.ui.Dates;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dashboard's charts and map for one refresh, labelled in the reader's language. */
final class DashboardCharts {

    static final int TOP_REGIONS = 10;

    private DashboardCharts() {
    }

    static <T extends Component & HasComponents> void addTo(T target, Dashboard d, Component translator, java.util.Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        String period = Dates.dayRange(d.filter().from(), d.filter().to());

        List<ChartBar> months = months(d, locale, numbers);
        String monthsTitle = translator.getTranslation("participation.chart.months");
        ChartPanel monthsPanel = new ChartPanel(translator, monthsTitle, SvgChart.columns("chart-months", monthsTitle,
                translator.getTranslation("participation.chart.months.desc", period), months),
                translator.getTranslation("participation.chart.month"), translator.getTranslation("participation.chart.entries"), months);
        monthsPanel.addClassName("wide");

        List<ChartBar> regions = SvgChart.topWithOthers(d.regions().stream().filter(r -> r.entries() > 0)
                        .map(r -> new ChartBar(r.name(), r.entries(), numbers.format(r.entries()))).toList(),
                TOP_REGIONS, translator.getTranslation("participation.chart.others"), v -> numbers.format((long) v));
        String regionsTitle = translator.getTranslation("participation.chart.regions", TOP_REGIONS);
        ChartPanel regionsPanel = new ChartPanel(translator, regionsTitle, SvgChart.bars("chart-regions", regionsTitle,
                translator.getTranslation("participation.chart.regions.desc", period), regions),
                translator.getTranslation("participation.entry.region"), translator.getTranslation("participation.chart.entries"), regions);

        List<ChartBar> kinds = d.kinds().stream().map(k -> new ChartBar(translator.getTranslation(k.kind().translationKey()),
                k.entries(), numbers.format(k.entries()))).toList();
        String kindsTitle = translator.getTranslation("participation.chart.kinds");
        ChartPanel kindsPanel = new ChartPanel(translator, kindsTitle, SvgChart.bars("chart-kinds", kindsTitle,
                translator.getTranslation("participation.chart.kinds.desc", period), kinds),
                translator.getTranslation("participation.entry.kind"), translator.getTranslation("participation.chart.entries"), kinds);

        target.add(monthsPanel);
        if (d.regions().size() > 1) {
            // a coordinator's dashboard holds one region: a map of it would say nothing
            target.add(map(d, translator, numbers, period));
        }
        target.add(regionsPanel, kindsPanel);
        InlineSvg.fetchDrawings(target);
    }

    /** Every month of the period, the quiet ones as zero, so gaps show. */
    private static List<ChartBar> months(Dashboard d, java.util.Locale locale, NumberFormat numbers) {
        Map<YearMonth, Long> counts = new HashMap<>();
        for (MonthActivity m : d.months()) counts.put(m.month(), m.entries());
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", locale);
        List<ChartBar> bars = new ArrayList<>();
        for (YearMonth m = YearMonth.from(d.filter().from()); !m.isAfter(YearMonth.from(d.filter().to())); m = m.plusMonths(1)) {
            long n = counts.getOrDefault(m, 0L);
            bars.add(new ChartBar(label.format(m), n, numbers.format(n)));
        }
        return bars;
    }

    private static InlineSvg map(Dashboard d, Component translator, NumberFormat numbers, String period) {
        List<RegionHexMap.MapCell> cells = new ArrayList<>();
        for (RegionActivity r : d.regions()) {
            if (r.latitude() == null || r.longitude() == null) continue;
            String href = "secretariat?" + new QueryParameters(d.filter().withRegions(Set.of(r.regionId())).toParameters())
                    .getQueryString();
            cells.add(new RegionHexMap.MapCell(r.regionId(), r.name(), r.nutsCode(), r.latitude(), r.longitude(),
                    r.people(), translator.getTranslation("participation.map.value", numbers.format(r.people()),
                    numbers.format(r.entries())), href, d.filter().regionIds().contains(r.regionId())));
        }
        String title = translator.getTranslation("participation.map");
        // heading and drawing box as markup in one element (see ChartPanel)
        org.jsoup.nodes.Element frame = new org.jsoup.nodes.Element("div");
        frame.appendElement("div").addClass("chart-header").appendElement("h3").text(title);
        frame.appendElement("div").addClass("region-map").attr("data-svg", true);
        InlineSvg map = new InlineSvg(RegionHexMap.render("region-map", title,
                translator.getTranslation("participation.map.desc", period), cells,
                translator.getTranslation("participation.map.low"), translator.getTranslation("participation.map.high")),
                "chart-panel", MarkupText.inner(frame));
        map.addClassNames("map-panel", "wide");
        return map;
    }
}
