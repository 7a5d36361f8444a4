package eu.regioacademy.participation;

import static eu.regioacademy.participation.ExportFixtures.ENTRY_HEADERS;
import static eu.regioacademy.participation.ExportFixtures.LABELS;
import static eu.regioacademy.participation.ExportFixtures.LINES;
import static eu.regioacademy.participation.ExportFixtures.REGIONS;
import static eu.regioacademy.participation.ExportFixtures.REGION_HEADERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipationXlsxTest {

    private final ParticipationXlsx xlsx = new ParticipationXlsx();
    @TempDir
    Path temp;

    @Test
    void entries_read_back_as_the_same_texts_numbers_and_dates() throws IOException {
        var rows = read(entries(LINES), "Entries");

        assertThat(rows).hasSize(4);
        assertThat(values(rows.get(0))).isEqualTo(List.copyOf(ENTRY_HEADERS));
        assertThat(values(rows.get(1))).containsExactly(LocalDateTime.parse("2026-01-14T09:30"), "Lund, Anna", "Skåne",
                "SE224", "Art module_completed", new BigDecimal("6.5"), "Reception, \"first days\"", "training",
                new BigDecimal("1001"));
        assertThat(values(rows.get(2))).containsExactly(LocalDateTime.parse("2026-07-01T08:15:42"), "Νίκος Παπαδόπουλος",
                "Περιφέρεια Κρήτης", "EL43", "Art visit_attended", new BigDecimal("2"), "Line one\r\nline two\nline three",
                "study-visit", new BigDecimal("1002"));
    }

    @Test
    void text_that_looks_like_a_formula_stays_plain_text() throws IOException {
        var row = read(entries(LINES), "Entries").get(3);

        assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
        assertThat(values(row)).containsExactly(LocalDateTime.parse("2026-03-02T13:00"),
                "=HYPERLINK(\"http://evil.example\",\"x\")", "@Region", "-1", "Art certificate_revoked",
                new BigDecimal("-1"), "+topic", "\tcertificate", new BigDecimal("1003"));
    }

    @Test
    void empty_text_leaves_the_cell_blank() throws IOException {
        var noTopics = ExportFixtures.line(9, "2026-03-02T12:00:00Z", "Anna", "Skåne", "SE224",
                ParticipationKind.MODULE_ENROLLED, "1", "", "training");
        var row = read(entries(List.of(noTopics)), "Entries").get(1);

        assertThat(row.getOptionalCell(ExportColumn.Entry.TOPICS.ordinal()).map(Cell::getType).orElse(CellType.EMPTY))
                .isEqualTo(CellType.EMPTY);
        assertThat(row.getCellText(ExportColumn.Entry.SOURCE.ordinal())).isEqualTo("training");
    }

    @Test
    void dates_carry_a_date_format_and_the_header_row_is_frozen() throws IOException {
        byte[] bytes = entries(LINES);

        Cell occurredAt = read(bytes, "Entries").get(1).getCell(0);
        assertThat(occurredAt.getType()).isEqualTo(CellType.NUMBER);
        assertThat(occurredAt.getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        String sheet = zipEntry(bytes, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("ySplit=\"1\"", "state=\"frozen\"", "<autoFilter ref=\"A1:I4\"");
    }

    @Test
    void regions_read_back_as_the_same_texts_and_numbers() throws IOException {
        var out = new ByteArrayOutputStream();
        xlsx.writeRegions(REGIONS, LABELS, out);
        var rows = read(out.toByteArray(), "Regions");

        assertThat(rows).hasSize(3);
        assertThat(values(rows.get(0))).isEqualTo(List.copyOf(REGION_HEADERS));
        assertThat(values(rows.get(1))).containsExactly("Skåne, Sweden", "SE224", "SE", "Kommission 2",
                number(12), number(40), new BigDecimal("123.5"), number(9), number(4), new BigDecimal("0.5"), number(3));
        assertThat(values(rows.get(2))).containsExactly("Περιφέρεια \"Κρήτης\"", "EL43", "GR", "Kommission 3",
                number(0), number(0), number(0), number(0), number(0), number(0), number(0));
    }

    @Test
    void ten_thousand_entries_reach_the_output_while_the_ledger_is_still_being_read() throws IOException {
        var out = new ByteArrayOutputStream();
        var writtenHalfway = new AtomicLong();

        xlsx.writeEntries(ExportFixtures.generated(10_000, () -> writtenHalfway.set(out.size())), LABELS, out);

        assertThat(writtenHalfway.get()).as("bytes written before the 5,000th line was read").isGreaterThan(10_000);
        var rows = read(out.toByteArray(), "Entries");
        assertThat(rows).hasSize(10_001);
        assertThat(values(rows.getLast())).containsExactly(LocalDateTime.parse("2026-05-01T12:00"), "Person 10000",
                "Region 0", "XX0", "Art module_completed", new BigDecimal("4.25"), "Topic 3", "training",
                new BigDecimal("11000"));
    }

    private byte[] entries(List<LedgerLine> lines) throws IOException {
        var out = new ByteArrayOutputStream();
        xlsx.writeEntries(lines.iterator(), LABELS, out);
        return out.toByteArray();
    }

    private static List<Row> read(byte[] bytes, String sheetName) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            assertThat(workbook.getSheets()).hasSize(1);
            return workbook.findSheet(sheetName).orElseThrow().read();
        }
    }

    /** Each cell as the spreadsheet holds it: text, a number, or a date-time (a number with a date format). */
    private static List<Object> values(Row row) {
        return row.stream().map(cell -> switch (cell.getType()) {
            case STRING -> (Object) cell.asString();
            case NUMBER -> cell.getDataFormatString() != null && cell.getDataFormatString().contains("yy")
                    ? cell.asDate() : plain(cell.asNumber());
            default -> throw new AssertionError("Unexpected " + cell.getType() + " cell " + cell.getAddress());
        }).toList();
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    /** Compared by value: 6.50 written comes back as 6.5. */
    private static BigDecimal plain(BigDecimal number) {
        return new BigDecimal(number.stripTrailingZeros().toPlainString());
    }

    /** Read through the central directory, as Excel does: the streaming zip writer leaves local sizes blank. */
    private String zipEntry(byte[] bytes, String name) throws IOException {
        Path file = Files.write(temp.resolve("export.xlsx"), bytes);
        try (var zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
