package eu.regioacademy.mentoring.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A session's time as each person sees it: in the reader's zone, and, when the other
 * person's clock differs at that moment (offsets change with summer time), theirs too.
 */
final class SessionTimes {

    private SessionTimes() {
    }

    /** The reader's own date and times, e.g. "5 Jan 2027, 16:00–17:00". */
    static String inZone(Instant start, Instant end, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone)
                .format(start) + "–" + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone)
                .format(end);
    }

    /** The other person's start time, or null when their clock shows the same as the reader's then. */
    static @org.jspecify.annotations.Nullable String otherClock(Instant start, ZoneId reader, ZoneId other, Locale locale) {
        if (reader.getRules().getOffset(start).equals(other.getRules().getOffset(start))) return null;
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(other).format(start);
    }
}
