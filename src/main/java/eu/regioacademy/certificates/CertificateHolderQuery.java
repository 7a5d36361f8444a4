package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.APP_USER;

import java.util.Map;
import java.util.Set;
import org.jooq.exception.NoDataFoundException;
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

    /** @throws NoDataFoundException when one of them does not exist */
    Map<Long, Holder> holders(Set<Long> userIds) {
        Map<Long, Holder> holders = db.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.LOCALE).from(APP_USER)
                .where(APP_USER.ID.in(userIds))
                .fetchMap(r -> r.value1(), r -> new Holder(r.value2(), r.value3()));
        if (holders.size() < userIds.size()) throw new NoDataFoundException("No such holder among " + userIds);
        return holders;
    }
}
