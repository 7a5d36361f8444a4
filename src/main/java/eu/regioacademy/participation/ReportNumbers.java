package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/** Counts, amounts and changes written the way readers of one language expect. */
final class ReportNumbers {

    private final Locale locale;

    ReportNumbers(Locale locale) {
        this.locale = locale;
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Hours, days and weeks: at most one decimal. */
    String amount(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** "+12 (+25 %)"; only the difference when there was nothing before to compare with. */
    String change(BigDecimal current, BigDecimal previous) {
        BigDecimal difference = current.subtract(previous);
        if (difference.signum() == 0) return amount(BigDecimal.ZERO);
        String absolute = signed(NumberFormat.getNumberInstance(locale), difference);
        if (previous.signum() == 0) return absolute;
        BigDecimal ratio = difference.divide(previous, 4, RoundingMode.HALF_UP);
        return absolute + " (" + signed(NumberFormat.getPercentInstance(locale), ratio) + ")";
    }

    private static String signed(NumberFormat format, BigDecimal value) {
        format.setMaximumFractionDigits(1);
        if (format instanceof DecimalFormat decimal) decimal.setPositivePrefix("+" + decimal.getPositivePrefix());
        return format.format(value);
    }
}
