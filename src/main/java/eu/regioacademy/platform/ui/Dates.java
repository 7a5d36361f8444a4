package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.UI;
import eu.regioacademy.platform.security.SignedInUser;
import java.time.Instant;
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
