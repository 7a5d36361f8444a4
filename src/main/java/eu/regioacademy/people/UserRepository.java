package eu.regioacademy.people;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.USER_ROLE;

import eu.regioacademy.platform.security.Role;
import java.time.Instant;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Writes to users and their roles. */
@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    long insert(UserDraft draft, String passwordHash, String timeZone) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.EMAIL, draft.email())
                .set(APP_USER.DISPLAY_NAME, draft.displayName())
                .set(APP_USER.REGION_ID, draft.regionId())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ACTIVE, draft.active())
                .set(APP_USER.LOCALE, draft.locale())
                .set(APP_USER.TIME_ZONE, timeZone)
                .returning(APP_USER.ID).fetchSingle().getId();
        replaceRoles(id, draft.roles());
        return id;
    }

    /** @return false when the user was changed since it was read */
    boolean update(long id, int version, UserDraft draft) {
        int updated = db.update(APP_USER)
                .set(APP_USER.EMAIL, draft.email())
                .set(APP_USER.DISPLAY_NAME, draft.displayName())
                .set(APP_USER.REGION_ID, draft.regionId())
                .set(APP_USER.ACTIVE, draft.active())
                .set(APP_USER.LOCALE, draft.locale())
                .set(APP_USER.VERSION, version + 1)
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute();
        if (updated == 1) {
            replaceRoles(id, draft.roles());
        }
        return updated == 1;
    }

    boolean setPasswordHash(long id, String passwordHash) {
        return db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute() == 1;
    }

    boolean deactivate(long id) {
        return db.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute() == 1;
    }

    void setLocale(long id, String locale) {
        db.update(APP_USER).set(APP_USER.LOCALE, locale).where(APP_USER.ID.eq(id)).execute();
    }

    /**
     * Counts a failed sign-in in one statement, so parallel attempts cannot lose a count; the
     * account locks for a while once the limit is reached.
     */
    void recordFailedLogin(String email, int limit, Instant lockUntil) {
        db.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .where(APP_USER.EMAIL.eq(email)).execute();
        db.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, lockUntil)
                .set(APP_USER.FAILED_LOGINS, 0)
                .where(APP_USER.EMAIL.eq(email).and(APP_USER.FAILED_LOGINS.ge(limit)))
                .execute();
    }

    void recordSuccessfulLogin(String email) {
        db.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.EMAIL.eq(email).and(APP_USER.FAILED_LOGINS.gt(0).or(APP_USER.LOCKED_UNTIL.isNotNull())))
                .execute();
    }

    private void replaceRoles(long userId, Set<Role> roles) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        var insert = db.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (Role role : roles) {
            insert = insert.values(userId, role.name());
        }
        if (!roles.isEmpty()) insert.execute();
    }
}
