package eu.regioacademy.platform.security;

import static eu.regioacademy.db.Tables.SIGN_IN_THROTTLE;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per client address, one row per address. */
@Repository
class SignInThrottleRepository {

    private final DSLContext db;

    SignInThrottleRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Instant> blockedUntil(String address, Instant now) {
        return db.select(SIGN_IN_THROTTLE.BLOCKED_UNTIL).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.CLIENT_ADDRESS.eq(address).and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.gt(now)))
                .fetchOptional(SIGN_IN_THROTTLE.BLOCKED_UNTIL);
    }

    /**
     * Counts one failure; the row is locked while it is read and written, so failures counted on
     * several instances at once all add up. A window older than {@code window} starts over.
     */
    void recordFailure(String address, Instant now, Duration window, int limit, Duration block) {
        db.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.CLIENT_ADDRESS, address)
                .set(SIGN_IN_THROTTLE.WINDOW_STARTED, now)
                .set(SIGN_IN_THROTTLE.FAILURES, 0)
                .onDuplicateKeyIgnore().execute();
        var row = db.select(SIGN_IN_THROTTLE.WINDOW_STARTED, SIGN_IN_THROTTLE.FAILURES).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.CLIENT_ADDRESS.eq(address)).forUpdate().fetchSingle();
        boolean expired = row.value1().isBefore(now.minus(window));
        int failures = expired ? 1 : row.value2() + 1;
        var update = db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, failures)
                .set(SIGN_IN_THROTTLE.WINDOW_STARTED, expired ? now : row.value1());
        if (failures >= limit) {
            update = update.set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, now.plus(block)).set(SIGN_IN_THROTTLE.FAILURES, 0)
                    .set(SIGN_IN_THROTTLE.WINDOW_STARTED, now);
        }
        update.where(SIGN_IN_THROTTLE.CLIENT_ADDRESS.eq(address)).execute();
    }

    /** Rows of addresses that are neither counting nor blocked any more. */
    int forgetOlderThan(Instant cutoff, Instant now) {
        return db.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.WINDOW_STARTED.lt(cutoff))
                .and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNull().or(SIGN_IN_THROTTLE.BLOCKED_UNTIL.lt(now)))
                .execute();
    }
}
