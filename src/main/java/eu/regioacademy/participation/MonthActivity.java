package eu.regioacademy.participation;

import java.time.YearMonth;

/** Entries and distinct people of one calendar month (UTC). */
public record MonthActivity(YearMonth month, long entries, long people) {
}
