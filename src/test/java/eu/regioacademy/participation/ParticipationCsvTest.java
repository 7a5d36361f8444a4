package eu.regioacademy.participation;

import static eu.regioacademy.participation.ExportFixtures.ENTRY_HEADERS;
import static eu.regioacademy.participation.ExportFixtures.LABELS;
import static eu.regioacademy.participation.ExportFixtures.LINES;
import static eu.regioacademy.participation.ExportFixtures.REGIONS;
import static eu.regioacademy.participation.ExportFixtures.REGION_HEADERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ParticipationCsvTest {

    private final ParticipationCsv csv = new ParticipationCsv();

    @Test
    void entries_parse_back_to_the_same_rows_with_times_in_the_readers_zone() throws IOException {
        var rows = Rfc4180.parse(text(entries(LINES)));

        assertThat(rows).containsExactly(
                ENTRY_HEADERS,
                List.of("2026-01-14 09:30", "Lund, Anna", "Skåne", "SE224", "Art module_completed", "6.50",
                        "Reception, \"first days\"", "training", "1001"),
                List.of("2026-07-01 08:15", "Νίκος Παπαδόπουλος", "Περιφέρεια Κρήτης", "EL43", "Art visit_attended", "2",
                        "Line one\r\nline two\nline three", "study-visit", "1002"),
                List.of("2026-03-02 13:00", "'=HYPERLINK(\"http://evil.example\",\"x\")", "'@Region", "'-1",
                        "Art certificate_revoked", "-1", "'+topic", "'\tcertificate", "1003"));
    }

    @Test
    void regions_parse_back_to_the_same_rows() throws IOException {
        var out = new ByteArrayOutputStream();
        csv.writeRegions(REGIONS, LABELS, out);

        assertThat(Rfc4180.parse(text(out.toByteArray()))).containsExactly(
                REGION_HEADERS,
                List.of("Skåne, Sweden", "SE224", "SE", "Kommission 2", "12", "40", "123.50", "9", "4", "0.5", "3"),
                List.of("Περιφέρεια \"Κρήτης\"", "EL43", "GR", "Kommission 3", "0", "0", "0", "0", "0", "0", "0"));
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe_but_negative_numbers_stay_numbers() throws IOException {
        var formula = ExportFixtures.line(9, "2026-03-02T12:00:00Z", "\rcarriage", "Region", "X1",
                ParticipationKind.CERTIFICATE_REVOKED, "-2.5", "a=b", "src");
        var row = Rfc4180.parse(text(entries(List.of(formula)))).get(1);

        assertThat(row.get(ExportColumn.Entry.PERSON.ordinal())).isEqualTo("'\rcarriage");
        assertThat(row.get(ExportColumn.Entry.QUANTITY.ordinal())).isEqualTo("-2.5");
        assertThat(row.get(ExportColumn.Entry.TOPICS.ordinal())).as("only a leading sign counts").isEqualTo("a=b");
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_every_line_ends_with_crlf() throws IOException {
        byte[] bytes = entries(LINES);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String body = new String(bytes, StandardCharsets.UTF_8).replace("Line one\r\nline two\nline three", "");
        assertThat(body.replace("\r\n", "")).as("no line break but CRLF outside the quoted multi-line topic")
                .doesNotContain("\r", "\n");
        assertThat(body).endsWith("\r\n");
    }

    @Test
    void ten_thousand_entries_reach_the_output_while_the_ledger_is_still_being_read() throws IOException {
        var bytes = new ByteArrayOutputStream();
        var writtenHalfway = new AtomicLong();

        csv.writeEntries(ExportFixtures.generated(10_000, () -> writtenHalfway.set(bytes.size())), LABELS, bytes);

        assertThat(writtenHalfway.get()).as("bytes written before the 5,000th line was read").isGreaterThan(100_000);
        var rows = Rfc4180.parse(text(bytes.toByteArray()));
        assertThat(rows).hasSize(10_001);
        assertThat(rows.getLast()).containsExactly("2026-05-01 12:00", "Person 10000", "Region 0", "XX0",
                "Art module_completed", "4.25", "Topic 3", "training", "11000");
    }

    @Test
    void labels_must_give_one_header_per_column() {
        assertThatThrownBy(() -> new ExportLabels(ENTRY_HEADERS.subList(1, 9), REGION_HEADERS, LABELS.kindName(),
                LABELS.commissionName(), LABELS.zone()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 columns, but 8 headers");
    }

    private byte[] entries(List<LedgerLine> lines) throws IOException {
        var out = new ByteArrayOutputStream();
        csv.writeEntries(lines.iterator(), LABELS, out);
        return out.toByteArray();
    }

    /** The text after the byte order mark, which the parser must not see as part of the first header. */
    private static String text(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
