package eu.regioacademy.participation;

import java.time.YearMonth;

/** Entries of one calendar month (UTC). */
public record MonthActivity(YearMonth month, long entries) {
}
