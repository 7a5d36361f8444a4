package eu.regioacademy.participation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the participation exports as XLSX workbooks of one sheet, streamed: rows are flushed to the output as they
 * come, so a long ledger never sits in memory. The output stream stays open: it belongs to the caller.
 */
public final class ParticipationXlsx {

    private static final int FLUSH_EVERY = 1000;
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    public void writeEntries(Iterator<? extends LedgerLine> lines, ExportLabels labels, OutputStream out)
            throws IOException {
        write("Entries", lines, ExportColumn.Entry.values(), labels.entryHeaders(), labels, out);
    }

    public void writeRegions(List<RegionActivity> regions, ExportLabels labels, OutputStream out) throws IOException {
        write("Regions", regions.iterator(), ExportColumn.Region.values(), labels.regionHeaders(), labels, out);
    }

    private static <T> void write(String sheetName, Iterator<? extends T> rows, ExportColumn<T>[] columns,
                                  List<String> headers, ExportLabels labels, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Regio Academy", null);
        Worksheet sheet = workbook.newWorksheet(sheetName);
        // widths and the frozen pane go into the sheet's preamble, which the first flush writes
        for (int c = 0; c < columns.length; c++) {
            sheet.width(c, columns[c].width());
        }
        sheet.freezePane(0, 1);
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
        int r = 1;
        while (rows.hasNext()) {
            T row = rows.next();
            for (int c = 0; c < columns.length; c++) {
                cell(sheet, r, c, columns[c].cell(row, labels));
            }
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
            r++;
        }
        // the filter spans the rows written so far, so it is set last
        sheet.setAutoFilter(0, 0, columns.length - 1);
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, ExportCell cell) {
        switch (cell) {
            // a truly blank cell: one holding an empty string is not ISBLANK() to Excel
            case ExportCell.Text text when text.value().isEmpty() -> {
            }
            // inline rather than shared strings: the shared-string table would hold every distinct text until the end.
            // A text cell is never run as a formula, so unlike CSV it needs no apostrophe.
            case ExportCell.Text text -> sheet.inlineString(r, c, text.value());
            case ExportCell.Number number -> sheet.value(r, c, number.value());
            case ExportCell.DateTime dateTime -> {
                sheet.value(r, c, dateTime.value());
                sheet.style(r, c).format(DATE_TIME_FORMAT).set();
            }
        }
    }
}
