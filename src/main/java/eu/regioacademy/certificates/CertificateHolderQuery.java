package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.APP_USER;

import org.springframework.stereotype.Repository;

/** The holder's name and language as they are at issue time. */
@Repository
class CertificateHolderQuery {

    record Holder(String name, String language) {
    }

    private final org.jooq.DSLContext db;

    CertificateHolderQuery(org.jooq.DSLContext db) {
        this.db = db;
    }

    @org.jspecify.annotations.Nullable Long idOf(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchOne(APP_USER.ID);
    }

    Holder holder(long userId) {
        return db.select(APP_USER.DISPLAY_NAME, APP_USER.LOCALE).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchSingle(r -> new Holder(r.value1(), r.value2()));
    }
}
