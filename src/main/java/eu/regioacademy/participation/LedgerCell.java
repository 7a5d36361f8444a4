package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Entries and their summed quantity of one month, region and kind: what every chart and sum is built from. */
record LedgerCell(YearMonth month, long regionId, ParticipationKind kind, long entries, BigDecimal quantity) {
}
