package eu.regioacademy.participation;

import java.time.LocalDateTime;

/**
 * One value of an export row, typed so that each format can render it natively: a spreadsheet gets real numbers and
 * dates, a CSV file gets text that any locale reads the same way.
 */
public sealed interface ExportCell {

    record Text(String value) implements ExportCell {
    }

    record Number(java.lang.Number value) implements ExportCell {
    }

    /** A wall-clock time in the reader's zone: spreadsheets have no notion of zones. */
    record DateTime(LocalDateTime value) implements ExportCell {
    }
}
