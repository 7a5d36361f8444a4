package eu.regioacademy.exchanges;

import eu.regioacademy.platform.notifications.NewNotification;
import eu.regioacademy.platform.notifications.Notifier;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Asks for the participant's final report when the placement ends, and again a week later if it is still missing. */
@Component
public class ExchangeReminders {

    private final AllocationRepository allocations;
    private final Notifier notifier;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ExchangeReminders(AllocationRepository allocations, Notifier notifier, TransactionTemplate transaction, Clock clock) {
        this.allocations = allocations;
        this.notifier = notifier;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT40S", fixedDelayString = "${regio.exchanges.reminder-interval:PT6H}")
    @SchedulerLock(name = "exchange-report-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        sendDue(LocalDate.now(clock));
    }

    /** @return how many reminders went out for this day */
    public int sendDue(LocalDate today) {
        Integer sent = transaction.execute(status -> {
            int count = 0;
            for (AllocationRepository.AllocationRow a : allocations.endedWithoutReport(today)) {
                int round = a.endsOn().plusDays(7).isAfter(today) ? 1 : 2;
                for (int r = 1; r <= round; r++) {
                    if (notifier.send(new NewNotification(a.participantId(), "exchange-report:" + a.id() + ":" + r,
                            "notification.exchange.report-due", NewNotification.params(a.endsOn()),
                            "exchanges/allocations/" + a.id()))) {
                        count++;
                    }
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }
}
