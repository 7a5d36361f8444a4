package eu.regioacademy.participation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A period cut into the whole calendar months inside it (read from the monthly summary) and
 * the days before and after them (read from the ledger itself).
 *
 * @param firstMonth  first whole month, or null when the period holds none
 * @param edges       day ranges outside the whole months, as [from, to] both included
 */
record MonthSplit(@Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, List<LocalDate[]> edges) {

    static MonthSplit of(LocalDate from, LocalDate to) {
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        List<LocalDate[]> edges = new ArrayList<>();
        if (first.isAfter(last)) {
            edges.add(new LocalDate[] {from, to});
            return new MonthSplit(null, null, edges);
        }
        if (from.isBefore(first.atDay(1))) edges.add(new LocalDate[] {from, first.atDay(1).minusDays(1)});
        if (to.isAfter(last.atEndOfMonth())) edges.add(new LocalDate[] {last.plusMonths(1).atDay(1), to});
        return new MonthSplit(first, last, edges);
    }
}
