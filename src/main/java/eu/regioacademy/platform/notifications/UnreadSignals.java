package eu.regioacademy.platform.notifications;

import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells, without the database, whether someone's unread count may have changed: a stamp per
 * user that moves when a notification for them is sent or read on this instance. The header's
 * bell reads the count again only when its stamp moved (it did so at every navigation
 * before, a query per request). Users share 4,096 stamps by id, so the memory is fixed and a
 * shared stamp costs only an extra count now and then. Other instances' changes do not move
 * it: the bell also reads the count again after a while ({@code NotificationBell}).
 */
@Component
class UnreadSignals {

    private static final int STAMPS = 4096;
    private final AtomicLongArray stamps = new AtomicLongArray(STAMPS);

    long stamp(long userId) {
        return stamps.get(slot(userId));
    }

    /**
     * Moves the stamp now (a bell that reads the count before the commit sees the old one) and
     * again once the transaction has ended, so the next look reads the committed count.
     */
    void changed(long userId) {
        stamps.incrementAndGet(slot(userId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    stamps.incrementAndGet(slot(userId));
                }
            });
        }
    }

    private static int slot(long userId) {
        return (int) Math.floorMod(userId, (long) STAMPS);
    }
}
