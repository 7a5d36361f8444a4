package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Entries and their summed quantity of one kind, added up two ways: per month (for the month
 * chart) and per region (for figures, regions and the map). Grouped in SQL, so a period of
 * years arrives as a few thousand cells rather than one per month, region and kind.
 */
record LedgerCell(YearMonth month, long regionId, ParticipationKind kind, long entries, BigDecimal quantity) {

    /** The period's cells: {@code perMonth} with region 0, {@code perRegion} with the period's first month. */
    record Split(List<LedgerCell> perMonth, List<LedgerCell> perRegion) {
    }
}
