package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.APP_USER;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The few facts about people mentoring needs: names, regions, time zones. */
@Repository
class PeopleQuery {

    record Person(long id, String name, long regionId, String timeZone, String language) {
    }

    private final DSLContext db;

    PeopleQuery(DSLContext db) {
        this.db = db;
    }

    Person person(long userId) {
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.REGION_ID, APP_USER.TIME_ZONE, APP_USER.LOCALE)
                .from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchSingle(r -> new Person(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    long regionOf(long userId) {
        return person(userId).regionId();
    }

    long idOf(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
    }

    /** Serialises bookings of the same people: both rows are locked in id order, so two proposals never deadlock. */
    void lockPeople(long a, long b) {
        db.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.in(a, b)).orderBy(APP_USER.ID).forUpdate().fetch();
    }
}
