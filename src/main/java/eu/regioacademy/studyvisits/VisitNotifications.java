package eu.regioacademy.studyvisits;

import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.Notifier;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells people about a visit, naming it in each recipient's own language. */
@Component
class VisitNotifications {

    private final Notifier notifier;
    private final StudyVisitRepository visits;
    private final RecipientQuery recipients;

    VisitNotifications(Notifier notifier, StudyVisitRepository visits, RecipientQuery recipients) {
        this.notifier = notifier;
        this.visits = visits;
        this.recipients = recipients;
    }

    /** The visit's title comes first ({0}); the extra parameters follow. */
    boolean tell(long userId, String eventKey, String messageKey, long visitId, Object... extra) {
        List<Object> params = new ArrayList<>();
        params.add(visits.titleIn(visitId, recipients.languageOf(userId)));
        params.addAll(List.of(extra));
        return notifier.send(new NewNotification(userId, eventKey, messageKey,
                NewNotification.params(params.toArray()), "study-visits/" + visitId));
    }
}
