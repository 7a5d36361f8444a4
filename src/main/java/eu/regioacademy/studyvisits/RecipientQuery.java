package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.USER_ROLE;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Who to tell, and in which language. */
@Repository
class RecipientQuery {

    private final DSLContext db;

    RecipientQuery(DSLContext db) {
        this.db = db;
    }

    String languageOf(long userId) {
        return db.select(APP_USER.LOCALE).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.LOCALE);
    }

    String nameOf(long userId) {
        return db.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.DISPLAY_NAME);
    }

    /** The active coordinators of a region. */
    List<Long> coordinatorsOf(long regionId) {
        return db.selectDistinct(APP_USER.ID).from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.REGION_ID.eq(regionId).and(APP_USER.ACTIVE.isTrue()).and(USER_ROLE.ROLE.eq("COORDINATOR")))
                .orderBy(APP_USER.ID).fetch(APP_USER.ID);
    }

    long idOf(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
    }
}
