package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.UI;
import eu.regioacademy.platform.security.SignedInUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** Dates and times in the user's language and time zone, as every view shows them. */
public final class Dates {

    private Dates() {
    }

    public static String date(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    public static String dateTime(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** A calendar day (no time zone involved), e.g. a visit's first day. */
    public static String day(@Nullable LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** A day with its weekday, as agendas head their days. */
    public static String longDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(day);
    }

    public static String dayRange(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : day(from) + " – " + day(to);
    }

    /** A wall-clock time as written in its place's own zone (agendas are local to the host). */
    public static String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(time);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static String format(@Nullable Instant instant, DateTimeFormatter formatter) {
        if (instant == null) return "";
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        return formatter.withLocale(locale).withZone(zone()).format(instant);
    }

    public static ZoneId zone() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return ZoneId.of(user.timeZone());
        }
        return ZoneId.of("Europe/Brussels");
    }
}
