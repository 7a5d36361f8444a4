package eu.regioacademy.participation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.i18n.TranslationProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ParticipationReportPdfTest {

    private final TranslationProvider translations = new TranslationProvider();
    private final ParticipationReportPdf report = new ParticipationReportPdf(translations,
            Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC));

    private static final ParticipationFilter YEAR_2025 = new ParticipationFilter(LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), Set.of(), null, null, Set.of(), null);
    private static final KeyFigures CURRENT = new KeyFigures(1234, 12, new BigDecimal("5678.5"), 321,
            new BigDecimal("45.5"), 17, 3, new BigDecimal("26"), 298);
    private static final KeyFigures PREVIOUS = new KeyFigures(1000, 10, new BigDecimal("4000"), 300,
            new BigDecimal("40"), 12, 5, BigDecimal.ZERO, 250);

    private static RegionActivity region(long id, String name, String nuts, long entries) {
        return new RegionActivity(id, name, nuts, nuts.substring(0, 2), Commission.ATLANTIC_ARC, null, null, entries / 3,
                entries, new BigDecimal("12.5"), entries / 4, new BigDecimal("3"), BigDecimal.ONE, entries / 5);
    }

    private static Dashboard dashboard(ParticipationFilter filter, List<RegionActivity> regions) {
        List<MonthActivity> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> new MonthActivity(YearMonth.of(2025, m), 100L * m)).toList();
        List<KindActivity> kinds = List.of(new KindActivity(ParticipationKind.MODULE_COMPLETED, 321, new BigDecimal("1200")),
                new KindActivity(ParticipationKind.VISIT_ATTENDED, 40, new BigDecimal("45.5")),
                new KindActivity(ParticipationKind.CERTIFICATE_ISSUED, 298, BigDecimal.ZERO));
        return new Dashboard(filter, CURRENT, PREVIOUS, months, regions, kinds);
    }

    private static final List<RegionActivity> THREE_REGIONS = List.of(region(1, "Skåne", "SE224", 4321),
            region(2, "Região Autónoma dos Açores", "PT20", 876), region(3, "Campania", "ITF3", 555));

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String number(Locale locale, double value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    @Test
    void the_english_report_shows_the_figures_their_change_the_regions_and_the_kinds() throws IOException {
        String title = translations.translate(Locale.ENGLISH, "participation.report.title");
        byte[] pdf = report.render(dashboard(YEAR_2025, THREE_REGIONS), Locale.ENGLISH, title);

        String text = text(pdf);
        assertThat(text).contains("Participation report", "Key figures", "Period: January 1, 2025 – December 31, 2025",
                "1,234", "1,000", "+234 (+23.4%)", "5,678.5", "4,321", "+26", "Skåne", "Região Autónoma dos Açores",
                "Campania", "SE224", "Module completed", "Study visit attended", "All member regions",
                "Activity per month", "Page 1 of " + pages(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(doc.getPage(0).getMediaBox().getWidth());
        }
    }

    @Test
    void the_french_report_is_in_french_with_french_numbers() throws IOException {
        String title = translations.translate(Locale.FRENCH, "participation.report.title");
        byte[] pdf = report.render(dashboard(YEAR_2025, THREE_REGIONS), Locale.FRENCH, title);

        assertThat(text(pdf)).contains("Rapport de participation", "Chiffres clés", "Période : du 1 janvier 2025",
                number(Locale.FRENCH, 1234), number(Locale.FRENCH, 5678.5), number(Locale.FRENCH, 4321), "Skåne",
                "Região Autónoma dos Açores", "Module achevé", "Page 1 sur ");
    }

    @Test
    void the_filter_is_described_in_words() throws IOException {
        ParticipationFilter filter = new ParticipationFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                Set.of(1L, 3L), "SE", Commission.BALTIC_SEA, Set.of(ParticipationKind.VISIT_ATTENDED), "health");

        String text = text(report.render(dashboard(filter, THREE_REGIONS), Locale.ENGLISH, "Annex 3"));

        assertThat(text).contains("Annex 3", "Regions: Campania, Skåne", "Country: Sweden",
                "CPMR geographical commission: Baltic Sea", "Activities: Study visit attended", "Topic: Health");
    }

    @Test
    void sixty_regions_continue_over_more_pages_than_three() throws IOException {
        List<RegionActivity> sixty = new ArrayList<>();
        for (int i = 1; i <= 60; i++) sixty.add(region(i, "Region %02d".formatted(i), "XX%02d".formatted(i), 10L * i));

        byte[] pdf = report.render(dashboard(YEAR_2025, sixty), Locale.ENGLISH, "Participation report");

        assertThat(pages(pdf)).isGreaterThan(1).isGreaterThan(pages(report.render(dashboard(YEAR_2025, THREE_REGIONS),
                Locale.ENGLISH, "Participation report")));
        String text = text(pdf);
        assertThat(text).contains("Region 01", "Region 60", "Other regions (50)", "Page " + pages(pdf) + " of " + pages(pdf));
    }
}
