package eu.regioacademy.participation;

import eu.regioacademy.platform.i18n.TranslationProvider;
import eu.regioacademy.platform.pdf.PageFlow;
import eu.regioacademy.platform.pdf.PdfFonts;
import eu.regioacademy.platform.pdf.PdfMetadata;
import eu.regioacademy.platform.pdf.PdfTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * The participation dashboard as a printable report (an annex to an EU project report): A4
 * portrait, the period and filter in words, key figures against the previous period, bar
 * charts drawn as vector graphics, and the per-region table over as many pages as it needs.
 */
@Component
public class ParticipationReportPdf {

    static final int TOP_REGIONS = 10;
    private static final Color INK = new Color(0x1B, 0x3A, 0x5C);

    private final TranslationProvider translations;
    private final Clock clock;

    ParticipationReportPdf(TranslationProvider translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    public byte[] render(Dashboard dashboard, Locale locale, String title) {
        ReportNumbers numbers = new ReportNumbers(locale);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFonts fonts = PdfFonts.embedIn(doc);
            ZonedDateTime now = ZonedDateTime.now(clock);
            PdfMetadata.describe(doc, title, locale, now);
            try (PageFlow flow = new PageFlow(doc)) {
                flow.paragraph(fonts.bold(), 18, INK, title, 0);
                flow.line(fonts.regular(), 8.5f, Color.GRAY, t(locale, "participation.report.generated",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(now)), 0);
                flow.down(4);
                for (String line : FilterDescription.lines(dashboard, locale, translations)) {
                    flow.paragraph(fonts.regular(), 9.5f, Color.DARK_GRAY, line, 0);
                }
                keyFigures(flow, fonts, locale, numbers, dashboard);
                DoubleFunction<String> tick = value -> numbers.count(Math.round(value));
                heading(flow, fonts, t(locale, "participation.chart.months"), 190);
                PdfColumnChart.draw(flow, fonts, monthBars(dashboard, locale, numbers),
                        t(locale, "participation.chart.entries"), t(locale, "participation.chart.month"), tick, 170);
                List<ChartBar> regionBars = regionBars(dashboard, locale, numbers);
                heading(flow, fonts, t(locale, "participation.chart.regions", TOP_REGIONS), PdfBarChart.height(regionBars.size()) + 20);
                PdfBarChart.draw(flow, fonts, regionBars, t(locale, "participation.chart.entries"), tick);
                List<ChartBar> kindBars = kindBars(dashboard, locale, numbers);
                heading(flow, fonts, t(locale, "participation.chart.kinds"), PdfBarChart.height(kindBars.size()) + 20);
                PdfBarChart.draw(flow, fonts, kindBars, t(locale, "participation.chart.entries"), tick);
                regionTable(flow, fonts, locale, numbers, dashboard);
            }
            PageFlow.numberPages(doc, fonts.regular(), (page, pages) -> t(locale, "pdf.page-of", page, pages));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.translate(locale, key, params);
    }

    /** A heading kept together with the first part of what it introduces. */
    private static void heading(PageFlow flow, PdfFonts fonts, String text, float keepWith) throws IOException {
        flow.down(12);
        flow.ensure(20 + keepWith);
        flow.line(fonts.bold(), 12, INK, text, 0);
        flow.rule(INK);
        flow.down(6);
    }

    private record Figure(String key, BigDecimal current, BigDecimal previous, boolean counted) {

        Figure(String key, long current, long previous) {
            this(key, BigDecimal.valueOf(current), BigDecimal.valueOf(previous), true);
        }
    }

    private void keyFigures(PageFlow flow, PdfFonts fonts, Locale locale, ReportNumbers numbers, Dashboard dashboard)
            throws IOException {
        KeyFigures c = dashboard.current();
        KeyFigures p = dashboard.previous();
        List<Figure> figures = List.of(
                new Figure("participation.figure.people", c.people(), p.people()),
                new Figure("participation.figure.regions", c.regions(), p.regions()),
                new Figure("participation.figure.training-hours", c.trainingHours(), p.trainingHours(), false),
                new Figure("participation.figure.modules-completed", c.modulesCompleted(), p.modulesCompleted()),
                new Figure("participation.figure.visit-days", c.visitDays(), p.visitDays(), false),
                new Figure("participation.figure.active-pairs", c.activePairs(), p.activePairs()),
                new Figure("participation.figure.quiet-pairs", c.quietPairs(), p.quietPairs()),
                new Figure("participation.figure.exchange-weeks", c.exchangeWeeks(), p.exchangeWeeks(), false),
                new Figure("participation.figure.certificates", c.certificates(), p.certificates()));
        heading(flow, fonts, t(locale, "participation.report.key-figures"), 60);
        PdfTable table = new PdfTable(flow, fonts, 8.5f, List.of(
                new PdfTable.Column(t(locale, "participation.report.figure"), 205, false),
                new PdfTable.Column(t(locale, "participation.report.current"), 85, true),
                new PdfTable.Column(t(locale, "participation.report.previous"), 85, true),
                new PdfTable.Column(t(locale, "participation.report.change"), 120, true)));
        table.header();
        for (Figure f : figures) {
            table.row(List.of(t(locale, f.key()), figure(numbers, f, f.current()), figure(numbers, f, f.previous()),
                    numbers.change(f.current(), f.previous())));
        }
    }

    private static String figure(ReportNumbers numbers, Figure figure, BigDecimal value) {
        return figure.counted() ? numbers.count(value.longValue()) : numbers.amount(value);
    }

    /** Every month of the period, also those without activity, so gaps show as gaps. */
    private static List<ChartBar> monthBars(Dashboard dashboard, Locale locale, ReportNumbers numbers) {
        Map<YearMonth, Long> entries = dashboard.months().stream()
                .collect(Collectors.toMap(MonthActivity::month, MonthActivity::entries, Long::sum));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", locale);
        List<ChartBar> bars = new ArrayList<>();
        for (YearMonth m = YearMonth.from(dashboard.filter().from()); !m.isAfter(YearMonth.from(dashboard.filter().to()));
             m = m.plusMonths(1)) {
            long value = entries.getOrDefault(m, 0L);
            bars.add(new ChartBar(label.format(m), value, numbers.count(value)));
        }
        return bars;
    }

    /** The ten most active regions, and the rest together. */
    private List<ChartBar> regionBars(Dashboard dashboard, Locale locale, ReportNumbers numbers) {
        List<RegionActivity> active = dashboard.regions().stream().filter(r -> r.entries() > 0)
                .sorted(Comparator.comparingLong(RegionActivity::entries).reversed()
                        .thenComparing(RegionActivity::name, Collator.getInstance(locale)))
                .toList();
        List<ChartBar> bars = new ArrayList<>(active.stream().limit(TOP_REGIONS)
                .map(r -> new ChartBar(r.name(), r.entries(), numbers.count(r.entries()))).toList());
        List<RegionActivity> rest = active.stream().skip(TOP_REGIONS).toList();
        if (!rest.isEmpty()) {
            long entries = rest.stream().mapToLong(RegionActivity::entries).sum();
            bars.add(new ChartBar(t(locale, "participation.report.other-regions", rest.size()), entries,
                    numbers.count(entries)));
        }
        return bars;
    }

    private List<ChartBar> kindBars(Dashboard dashboard, Locale locale, ReportNumbers numbers) {
        return dashboard.kinds().stream().sorted(Comparator.comparing(KindActivity::kind))
                .map(k -> new ChartBar(t(locale, k.kind().translationKey()), k.entries(), numbers.count(k.entries())))
                .toList();
    }

    private void regionTable(PageFlow flow, PdfFonts fonts, Locale locale, ReportNumbers numbers, Dashboard dashboard)
            throws IOException {
        heading(flow, fonts, t(locale, "participation.report.regions-table"), 60);
        PdfTable table = new PdfTable(flow, fonts, 7.5f, List.of(
                new PdfTable.Column(t(locale, "participation.report.column.region"), 112, false),
                new PdfTable.Column(t(locale, "participation.report.column.nuts"), 34, false),
                new PdfTable.Column(t(locale, "participation.report.column.people"), 48, true),
                new PdfTable.Column(t(locale, "participation.report.column.entries"), 48, true),
                new PdfTable.Column(t(locale, "participation.report.column.training-hours"), 52, true),
                new PdfTable.Column(t(locale, "participation.report.column.modules"), 52, true),
                new PdfTable.Column(t(locale, "participation.report.column.visit-days"), 50, true),
                new PdfTable.Column(t(locale, "participation.report.column.exchange-weeks"), 50, true),
                new PdfTable.Column(t(locale, "participation.report.column.certificates"), 49, true)));
        table.header();
        List<RegionActivity> regions = dashboard.regions().stream()
                .sorted(Comparator.comparing(RegionActivity::name, Collator.getInstance(locale))).toList();
        for (RegionActivity r : regions) {
            table.row(List.of(r.name(), r.nutsCode(), numbers.count(r.people()), numbers.count(r.entries()),
                    numbers.amount(r.trainingHours()), numbers.count(r.modulesCompleted()), numbers.amount(r.visitDays()),
                    numbers.amount(r.exchangeWeeks()), numbers.count(r.certificates())));
        }
    }
}
