package eu.regioacademy.participation;

import eu.regioacademy.people.Commission;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * Everything language- or reader-specific an export needs, supplied by the caller so the writers stay neutral.
 *
 * @param entryHeaders  one translated header per {@link ExportColumn.Entry}, in that order
 * @param regionHeaders one translated header per {@link ExportColumn.Region}, in that order
 * @param zone          the zone the reader thinks in: ledger times are instants, spreadsheets show wall-clock times
 */
public record ExportLabels(List<String> entryHeaders, List<String> regionHeaders,
                           Function<ParticipationKind, String> kindName, Function<Commission, String> commissionName,
                           ZoneId zone) {

    public ExportLabels {
        entryHeaders = List.copyOf(entryHeaders);
        regionHeaders = List.copyOf(regionHeaders);
        requireOnePer(entryHeaders, ExportColumn.Entry.values().length, "entry");
        requireOnePer(regionHeaders, ExportColumn.Region.values().length, "region");
    }

    private static void requireOnePer(List<String> headers, int columns, String export) {
        if (headers.size() != columns) {
            throw new IllegalArgumentException(
                    "The " + export + " export has " + columns + " columns, but " + headers.size() + " headers were given");
        }
    }
}
