package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.CALENDAR_FEED;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Each person's secret calendar-feed token; a new one replaces (revokes) the old. */
@Repository
class CalendarFeedRepository {

    private final DSLContext db;

    CalendarFeedRepository(DSLContext db) {
        this.db = db;
    }

    Optional<String> tokenOf(long userId) {
        return db.select(CALENDAR_FEED.TOKEN).from(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId)).fetchOptional(CALENDAR_FEED.TOKEN);
    }

    void replace(long userId, String token, Instant at) {
        db.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.USER_ID, userId).set(CALENDAR_FEED.TOKEN, token)
                .set(CALENDAR_FEED.CREATED_AT, at)
                .onDuplicateKeyUpdate().set(CALENDAR_FEED.TOKEN, token).set(CALENDAR_FEED.CREATED_AT, at).execute();
    }

    void revoke(long userId) {
        db.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId)).execute();
    }

    Optional<Long> userOf(String token) {
        return db.select(CALENDAR_FEED.USER_ID).from(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN.eq(token))
                .fetchOptional(CALENDAR_FEED.USER_ID);
    }
}
