package eu.regioacademy.mentoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps pairs from going quiet: when an active pair has held no session for the configured
 * time, both are reminded, once per silence (the event key carries when it began).
 */
@Component
public class MentoringNudges {

    private final MentoringQuery query;
    private final MentoringAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration quietAfter;

    MentoringNudges(MentoringQuery query, MentoringAccess access, TransactionTemplate transaction, Clock clock,
                    @Value("${regio.mentoring.quiet-after:P28D}") Duration quietAfter) {
        this.query = query;
        this.access = access;
        this.transaction = transaction;
        this.clock = clock;
        this.quietAfter = quietAfter;
    }

    @Scheduled(initialDelayString = "PT45S", fixedDelayString = "${regio.mentoring.nudge-interval:PT6H}")
    @SchedulerLock(name = "mentoring-nudges", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        nudge(clock.instant());
    }

    /** @return how many pairs were nudged at this moment */
    public int nudge(Instant now) {
        Integer nudged = transaction.execute(status -> {
            int count = 0;
            for (MentoringQuery.Quiet q : query.quiet(now.minus(quietAfter))) {
                String event = "mentoring-quiet:" + q.pairingId() + ":" + q.silentSince().getEpochSecond();
                access.tell(q.mentorId(), event, "notification.pairing.quiet", q.pairingId(), quietAfter.toDays());
                access.tell(q.menteeId(), event, "notification.pairing.quiet", q.pairingId(), quietAfter.toDays());
                count++;
            }
            return count;
        });
        return nudged == null ? 0 : nudged;
    }
}
