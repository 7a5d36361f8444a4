package eu.regioacademy.training;

import static eu.regioacademy.db.Tables.APP_USER;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Finds demo people by e-mail for the demo data (no signed-in user exists at start-up). */
@Repository
class DemoPeopleQuery {

    private final DSLContext db;

    DemoPeopleQuery(DSLContext db) {
        this.db = db;
    }

    String languageOf(long userId) {
        return db.select(APP_USER.LOCALE).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.LOCALE);
    }

    @Nullable Long idOf(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchOne(APP_USER.ID);
    }
}
