package eu.regioacademy.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The dashboard's downloads parse back to the rows of the filter, and follow the same access rules. */
class ParticipationReportControllerTest extends ServiceTest {

    @Autowired
    ParticipationReportController reports;
    @Autowired
    LedgerFixture ledger;

    @BeforeEach
    void entries() {
        ledger.entry(TestUsers.LEARNER, ParticipationKind.MODULE_COMPLETED, LocalDate.of(2031, 3, 10), "2.5", "health");
        ledger.entry(TestUsers.LEARNER, ParticipationKind.VISIT_ATTENDED, LocalDate.of(2031, 5, 2), "3", "health,employment");
        ledger.entry(TestUsers.MENTOR, ParticipationKind.EXCHANGE_COMPLETED, LocalDate.of(2031, 6, 30), "2", "employment");
    }

    static MultiValueMap<String, String> year(String... more) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("from", "2031-01-01");
        p.add("to", "2031-12-31");
        for (int i = 0; i < more.length; i += 2) p.add(more[i], more[i + 1]);
        return p;
    }

    @Test
    void the_entries_csv_parses_back_to_the_filtered_rows_in_time_order() throws Exception {
        signInAs(TestUsers.SECRETARIAT);
        MockHttpServletResponse response = new MockHttpServletResponse();
        reports.entriesCsv(year(), response);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("participation-entries.csv");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        List<List<String>> rows = Rfc4180.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1));
        assertThat(rows).hasSize(4);
        assertThat(rows.getFirst()).as("the secretariat reads French").contains("Personne", "Région");
        assertThat(rows.get(1)).contains("Elin Åkesson", "Skåne", "SE224", "2.5", "health");
        assertThat(rows.get(2)).contains("Elin Åkesson", "3", "health,employment");
        assertThat(rows.get(3)).contains("Jordi Puig i Ferrer", "Catalunya", "2");
    }

    @Test
    void the_entries_xlsx_reads_back_to_the_same_rows() throws Exception {
        signInAs(TestUsers.SECRETARIAT);
        MockHttpServletResponse response = new MockHttpServletResponse();
        reports.entriesXlsx(year("country", "SE"), response);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Elin Åkesson");
            assertThat(rows.get(1).getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("2.5");
            assertThat(rows.get(2).getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("3");
        }
    }

    @Test
    void the_region_summary_has_one_row_per_region_in_scope_with_its_figures() throws Exception {
        signInAs(TestUsers.SECRETARIAT);
        MockHttpServletResponse csv = new MockHttpServletResponse();
        reports.regionsCsv(year("country", "SE"), csv);
        List<List<String>> rows = Rfc4180.parse(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1));
        List<String> skane = rows.stream().filter(r -> r.contains("SE224")).findFirst().orElseThrow();
        assertThat(skane).containsSubsequence("Skåne", "SE224", "SE", "Mer Baltique", "1", "2", "2.5", "1", "3");
        assertThat(rows.stream().skip(1).allMatch(r -> r.get(2).equals("SE"))).isTrue();

        MockHttpServletResponse xlsx = new MockHttpServletResponse();
        reports.regionsXlsx(year("country", "SE"), xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(rows.size());
        }
    }

    @Test
    void the_pdf_report_prints_the_figures_of_the_filter_in_the_chosen_language() throws Exception {
        signInAs(TestUsers.SECRETARIAT);
        var response = reports.report(year("country", "SE"), "en");
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getBody())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Participation report", "Training hours", "Skåne", "2.5");
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(reports.report(year(), "sv").getBody())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Catalunya");
        }
    }

    @Test
    void a_coordinator_downloads_their_own_region_only() throws Exception {
        signInAs(TestUsers.COORDINATOR);
        MockHttpServletResponse own = new MockHttpServletResponse();
        reports.entriesCsv(year(), own);
        assertThat(Rfc4180.parse(own.getContentAsString(StandardCharsets.UTF_8).substring(1))).hasSize(3);
        String catalonia = String.valueOf(ledger.region("ES51"));
        assertThatThrownBy(() -> reports.entriesCsv(year("region", catalonia), new MockHttpServletResponse()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.regionsXlsx(year("region", catalonia), new MockHttpServletResponse()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(year("region", catalonia), "en")).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> reports.entriesCsv(year(), new MockHttpServletResponse()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
