package eu.regioacademy.exchanges;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.REGION;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Names, regions and plain (unlocked) checks the exchange pages show. */
@Repository
class ExchangePeopleQuery {

    private final DSLContext db;

    ExchangePeopleQuery(DSLContext db) {
        this.db = db;
    }

    String name(long userId) {
        return db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.DISPLAY_NAME);
    }

    String regionName(long regionId) {
        return db.select(REGION.NAME).from(REGION).where(REGION.ID.eq(regionId)).fetchSingle(REGION.NAME);
    }

    long idOf(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
    }

    /** A placement someone already holds: what stands in the way of giving them another. */
    record Held(long userId, long callId, LocalDate startsOn, LocalDate endsOn) {

        boolean overlaps(LocalDate from, LocalDate until) {
            return !startsOn.isAfter(until) && !endsOn.isBefore(from);
        }
    }

    /** All placements these people hold, in one query (the allocation desk checks each applicant against them). */
    java.util.List<Held> held(java.util.Collection<Long> userIds) {
        return db.select(EXCHANGE_ALLOCATION.PARTICIPANT_ID, EXCHANGE_ALLOCATION.CALL_ID, EXCHANGE_ALLOCATION.STARTS_ON,
                        EXCHANGE_ALLOCATION.ENDS_ON)
                .from(EXCHANGE_ALLOCATION).where(EXCHANGE_ALLOCATION.PARTICIPANT_ID.in(userIds))
                .fetch(r -> new Held(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Nullable String certificateCode(String source, long sourceId) {
        return db.select(CERTIFICATE.CODE).from(CERTIFICATE)
                .where(CERTIFICATE.SOURCE_TYPE.eq(source).and(CERTIFICATE.SOURCE_ID.eq(sourceId)).and(CERTIFICATE.REVOKED_AT.isNull()))
                .fetchOne(CERTIFICATE.CODE);
    }
}
