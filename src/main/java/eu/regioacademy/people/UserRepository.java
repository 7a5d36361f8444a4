package eu.regioacademy.people;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.USER_ROLE;

import eu.regioacademy.platform.security.Role;
import java.time.Instant;
import java.util.List;
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

    record NewStaff(String email, String name, long regionId, String locale, String timeZone) {
    }

    /** Many people at once, without a password (they cannot sign in), each with one role. */
    void insertStaff(List<NewStaff> staff, Role role) {
        for (int from = 0; from < staff.size(); from += 1000) {
            var batch = staff.subList(from, Math.min(staff.size(), from + 1000));
            var insert = db.insertInto(APP_USER, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.REGION_ID,
                    APP_USER.LOCALE, APP_USER.TIME_ZONE);
            for (NewStaff s : batch) insert = insert.values(s.email(), s.name(), s.regionId(), s.locale(), s.timeZone());
            insert.execute();
            db.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE)
                    .select(org.jooq.impl.DSL.select(APP_USER.ID, org.jooq.impl.DSL.val(role.name())).from(APP_USER)
                            .where(APP_USER.EMAIL.in(batch.stream().map(NewStaff::email).toList())))
                    .execute();
        }
    }

    /** One more role for each of the people, kept if they have it already. */
    void addRole(List<Long> userIds, Role role) {
        for (int from = 0; from < userIds.size(); from += 1000) {
            var insert = db.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
            for (long id : userIds.subList(from, Math.min(userIds.size(), from + 1000))) insert = insert.values(id, role.name());
            insert.onDuplicateKeyIgnore().execute();
        }
    }

    List<String> emailsEndingWith(String domain) {
        return db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.EMAIL.endsWith(domain)).fetch(APP_USER.EMAIL);
    }

    /** The first {@code count} generated staff members, in the order they were numbered. */
    List<GeneratedStaff.StaffMember> staff(String domain, int count) {
        return db.select(APP_USER.ID, APP_USER.REGION_ID, APP_USER.DISPLAY_NAME, APP_USER.LOCALE).from(APP_USER)
                .where(APP_USER.EMAIL.endsWith(domain)).orderBy(APP_USER.ID).limit(count)
                .fetch(r -> new GeneratedStaff.StaffMember(r.value1(), r.value2(), r.value3(), r.value4()));
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
