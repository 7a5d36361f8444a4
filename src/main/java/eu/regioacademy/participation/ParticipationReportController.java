package eu.regioacademy.participation;

import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.i18n.TranslationProvider;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's downloads, for the filter in the query string (the same parameters as the
 * dashboard's own address): entries and the per-region summary as CSV or XLSX, streamed, and
 * the printable activity report as PDF.
 * Who may see what is the service's decision, as on the dashboard.
 */
@RestController
class ParticipationReportController {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ParticipationDashboardService dashboards;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ParticipationReportPdf reportPdf;

    ParticipationReportController(ParticipationDashboardService dashboards, TranslationProvider translations,
                                  CurrentUser currentUser, Clock clock, ParticipationReportPdf reportPdf) {
        this.dashboards = dashboards;
        this.reportPdf = reportPdf;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/reports/participation/entries.csv")
    void entriesCsv(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        ParticipationFilter filter = filter(params);
        ExportLabels labels = labels();
        dashboards.readEntries(filter, lines -> new ParticipationCsv().writeEntries(lines, labels,
                open(response, CSV, "participation-entries.csv")));
    }

    @GetMapping("/reports/participation/entries.xlsx")
    void entriesXlsx(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        ParticipationFilter filter = filter(params);
        ExportLabels labels = labels();
        dashboards.readEntries(filter, lines -> new ParticipationXlsx().writeEntries(lines, labels,
                open(response, XLSX, "participation-entries.xlsx")));
    }

    @GetMapping("/reports/participation/regions.csv")
    void regionsCsv(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        List<RegionActivity> regions = dashboards.regionSummary(filter(params));
        new ParticipationCsv().writeRegions(regions, labels(), open(response, CSV, "participation-regions.csv"));
    }

    @GetMapping("/reports/participation/regions.xlsx")
    void regionsXlsx(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        List<RegionActivity> regions = dashboards.regionSummary(filter(params));
        new ParticipationXlsx().writeRegions(regions, labels(), open(response, XLSX, "participation-regions.xlsx"));
    }

    /** The printable activity report of the filter, in the language asked for (else the reader's). */
    @GetMapping("/reports/participation/report.pdf")
    ResponseEntity<byte[]> report(@RequestParam MultiValueMap<String, String> params,
                                  @RequestParam(required = false) @Nullable String lang) {
        Dashboard dashboard = dashboards.dashboard(filter(params));
        Locale locale = lang != null && Languages.isSupported(lang) ? Languages.fromTag(lang) : locale();
        byte[] pdf = reportPdf.render(dashboard, locale, translations.getTranslation("participation.report.title", locale));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("participation-report-" + dashboard.filter().from() + "-" + dashboard.filter().to() + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable(InvalidInputException e) {
        return e.errorKeysByField().values().stream().map(key -> translations.getTranslation(key, locale()))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private ParticipationFilter filter(MultiValueMap<String, String> params) {
        return ParticipationFilter.fromParameters(params, LocalDate.now(clock.withZone(zone())));
    }

    private static OutputStream open(HttpServletResponse response, String type, String file) throws IOException {
        response.setContentType(type);
        // names of people: no shared cache keeps a copy
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString());
        return response.getOutputStream();
    }

    private ExportLabels labels() {
        Locale locale = locale();
        Function<String, String> t = key -> translations.getTranslation(key, locale);
        return new ExportLabels(headers(ExportColumn.Entry.values(), "entry", t), headers(ExportColumn.Region.values(), "region", t),
                kind -> t.apply(kind.translationKey()), (Commission c) -> t.apply(c.translationKey()), zone());
    }

    private static List<String> headers(Enum<?>[] columns, String export, Function<String, String> t) {
        return Arrays.stream(columns).map(c -> t.apply("participation.export.column." + export + "."
                + c.name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList();
    }

    private Locale locale() {
        return Languages.fromTag(currentUser.find().map(SignedInUser::locale).orElse("en"));
    }

    private ZoneId zone() {
        return ZoneId.of(currentUser.find().map(SignedInUser::timeZone).orElse("Europe/Brussels"));
    }
}
