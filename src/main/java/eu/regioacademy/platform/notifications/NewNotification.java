package eu.regioacademy.platform.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A notification to send: the text is a translation key with parameters, rendered in the
 * recipient's language when shown or mailed.
 *
 * @param eventKey what it is about, e.g. {@code visit-reminder:42}; one notification per recipient and event
 * @param link     the app path the notification opens, e.g. {@code study-visits/42}
 */
public record NewNotification(long recipientId, String eventKey, String messageKey, List<String> params, String link) {

    public NewNotification {
        params = List.copyOf(params);
        if (eventKey.isBlank() || eventKey.length() > 160) throw new IllegalArgumentException("Bad event key: " + eventKey);
    }

    /**
     * Parameters are texts; dates (and wall-clock date-times, already in the recipient's
     * zone) are marked so each reader sees them in their own language.
     */
    public static List<String> params(Object... values) {
        List<String> texts = new ArrayList<>(values.length);
        for (Object value : values) {
            texts.add(switch (value) {
                case LocalDate date -> NotificationText.DATE_PREFIX + date;
                case java.time.LocalDateTime time -> NotificationText.DATE_TIME_PREFIX + time;
                default -> String.valueOf(value);
            });
        }
        return texts;
    }
}
