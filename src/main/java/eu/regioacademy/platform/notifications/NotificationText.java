package eu.regioacademy.platform.notifications;

import eu.regioacademy.platform.i18n.TranslationProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A notification's words in one language: the same text in the list and in the e-mail. */
@Component
public class NotificationText {

    static final String DATE_PREFIX = "date:";
    static final String DATE_TIME_PREFIX = "datetime:";
    private static final char SEPARATOR = '\u001F';

    private final TranslationProvider translations;

    NotificationText(TranslationProvider translations) {
        this.translations = translations;
    }

    public String render(Locale locale, String messageKey, List<String> params) {
        Object[] values = params.stream().map(p -> localised(locale, p)).toArray();
        return translations.translate(locale, messageKey, values);
    }

    public String translate(Locale locale, String key, Object... params) {
        return translations.translate(locale, key, params);
    }

    private static String localised(Locale locale, String param) {
        if (param.startsWith(DATE_TIME_PREFIX)) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .format(java.time.LocalDateTime.parse(param.substring(DATE_TIME_PREFIX.length())));
        }
        if (!param.startsWith(DATE_PREFIX)) return param;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(LocalDate.parse(param.substring(DATE_PREFIX.length())));
    }

    static String join(List<String> params) {
        for (String p : params) {
            if (p.indexOf(SEPARATOR) >= 0) throw new IllegalArgumentException("Parameter holds the separator");
        }
        return String.join(String.valueOf(SEPARATOR), params);
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(SEPARATOR), -1));
    }
}
