package eu.regioacademy.participation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;

/**
 * Writes the participation exports as RFC 4180 CSV, row by row as the rows arrive. The output stream stays open: it
 * belongs to the caller.
 */
public final class ParticipationCsv {

    // Excel guesses a legacy code page for CSV without a byte order mark and garbles "Skåne" and Greek names
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    // a spreadsheet runs a cell starting with these as a formula, so a name like "=HYPERLINK(...)" could act
    private static final String FORMULA_STARTS = "=+-@\t\r";

    public void writeEntries(Iterator<? extends LedgerLine> lines, ExportLabels labels, OutputStream out)
            throws IOException {
        write(lines, ExportColumn.Entry.values(), labels.entryHeaders(), labels, out);
    }

    public void writeRegions(List<RegionActivity> regions, ExportLabels labels, OutputStream out) throws IOException {
        write(regions.iterator(), ExportColumn.Region.values(), labels.regionHeaders(), labels, out);
    }

    private static <T> void write(Iterator<? extends T> rows, ExportColumn<T>[] columns, List<String> headers,
                                  ExportLabels labels, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(BYTE_ORDER_MARK);
        for (int c = 0; c < headers.size(); c++) {
            field(csv, c, text(headers.get(c)));
        }
        csv.write(LINE_END);
        while (rows.hasNext()) {
            T row = rows.next();
            for (int c = 0; c < columns.length; c++) {
                field(csv, c, render(columns[c].cell(row, labels)));
            }
            csv.write(LINE_END);
        }
        csv.flush();
    }

    private static String render(ExportCell cell) {
        return switch (cell) {
            case ExportCell.Text text -> text(text.value());
            // plain, with '.', whatever the server's locale: no exponent, no grouping
            case ExportCell.Number number -> number.value() instanceof BigDecimal decimal
                    ? decimal.toPlainString() : number.value().toString();
            case ExportCell.DateTime dateTime -> DATE_TIME.format(dateTime.value());
        };
    }

    private static String text(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void field(Writer csv, int column, String value) throws IOException {
        if (column > 0) {
            csv.write(',');
        }
        if (needsQuotes(value)) {
            csv.write('"');
            csv.write(value.replace("\"", "\"\""));
            csv.write('"');
        } else {
            csv.write(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
