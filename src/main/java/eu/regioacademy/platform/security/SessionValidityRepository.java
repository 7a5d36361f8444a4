package eu.regioacademy.platform.security;

import static eu.regioacademy.db.Tables.APP_USER;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Whether a signed-in session may go on: the account is active and not signed out everywhere since. */
@Repository
class SessionValidityRepository {

    record Validity(boolean active, @Nullable Instant validAfter) {
    }

    private final DSLContext db;

    SessionValidityRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Validity> of(long userId) {
        return db.select(APP_USER.ACTIVE, APP_USER.SESSIONS_VALID_AFTER).from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new Validity(Boolean.TRUE.equals(r.value1()), r.value2()));
    }

    void endSessionsBefore(long userId, Instant moment) {
        db.update(APP_USER).set(APP_USER.SESSIONS_VALID_AFTER, moment).where(APP_USER.ID.eq(userId)).execute();
    }
}
