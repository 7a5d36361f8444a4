package eu.regioacademy.studyvisits;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders before a visit, for the feedback after it, and the follow-up three months on.
 * One node runs them at a time (ShedLock), and each reminder's event key makes a second
 * run, or a second node, a no-op for what was already sent.
 */
@Component
public class StudyVisitReminders {

    private final ReminderQuery due;
    private final VisitNotifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StudyVisitReminders(ReminderQuery due, VisitNotifications notifications, TransactionTemplate transaction, Clock clock) {
        this.due = due;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The timer's entry: on one node at a time, and not again within a minute on another. */
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${regio.study-visits.reminder-interval:PT1H}")
    @SchedulerLock(name = "study-visit-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        sendDue();
    }

    /** @return how many reminders went out in this run */
    public int sendDue() {
        Integer sent = transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            int count = 0;
            for (ReminderQuery.Due d : due.startingSoon(today, VisitRules.REMINDER_DAYS_BEFORE)) {
                if (notifications.tell(d.userId(), "visit-reminder:" + d.applicationId(), "notification.visit.reminder",
                        d.visitId(), d.startsOn())) count++;
            }
            for (ReminderQuery.Due d : due.feedbackMissing()) {
                if (notifications.tell(d.userId(), "visit-feedback:" + d.applicationId(), "notification.visit.feedback-due",
                        d.visitId())) count++;
            }
            for (ReminderQuery.Due d : due.followUpDue(today, VisitRules.FOLLOW_UP_MONTHS)) {
                if (notifications.tell(d.userId(), "visit-follow-up:" + d.applicationId(), "notification.visit.follow-up-due",
                        d.visitId())) count++;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }
}
