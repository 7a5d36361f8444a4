package eu.regioacademy.people;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.USER_ROLE;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.SignedInUser;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads of users: the administration's paged list, single users, and sign-in details. */
@Repository
class UserQuery {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "displayName", APP_USER.DISPLAY_NAME, "email", APP_USER.EMAIL,
            "regionName", REGION.NAME, "active", APP_USER.ACTIVE);

    private final DSLContext db;

    UserQuery(DSLContext db) {
        this.db = db;
    }

    List<UserSummary> findPage(String search, PageRequest page) {
        var rows = db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.REGION_ID, REGION.NAME,
                        APP_USER.ACTIVE, APP_USER.LOCALE, APP_USER.VERSION)
                .from(APP_USER).join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(matching(search))
                .orderBy(Sorting.orderBy(page, SORTABLE, APP_USER.DISPLAY_NAME.asc(), APP_USER.ID.asc()))
                .offset(page.offset()).limit(page.limit())
                .fetch();
        Map<Long, Set<Role>> roles = rolesOf(rows.getValues(APP_USER.ID));
        return rows.map(r -> toSummary(r, roles.getOrDefault(r.get(APP_USER.ID), Set.of())));
    }

    int count(String search) {
        return db.fetchCount(db.select(APP_USER.ID).from(APP_USER).where(matching(search)));
    }

    Optional<UserSummary> findById(long id) {
        return db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.REGION_ID, REGION.NAME,
                        APP_USER.ACTIVE, APP_USER.LOCALE, APP_USER.VERSION)
                .from(APP_USER).join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> toSummary(r, rolesOf(List.of(id)).getOrDefault(id, Set.of())));
    }

    /** Erased on request (privacy feature): the account may never become usable again. */
    boolean erased(long id) {
        return db.fetchExists(APP_USER, APP_USER.ID.eq(id).and(APP_USER.ERASED_AT.isNotNull()));
    }

    boolean emailTaken(String email, long exceptId) {
        return db.fetchExists(APP_USER, APP_USER.EMAIL.eq(email).and(APP_USER.ID.ne(exceptId)));
    }

    boolean anyActiveWithRole(Role role) {
        return db.fetchExists(db.select(APP_USER.ID).from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(USER_ROLE.ROLE.eq(role.name()).and(APP_USER.ACTIVE.isTrue())));
    }

    Optional<SignedInUser> findForSignIn(String email) {
        return db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.REGION_ID, REGION.NAME,
                        APP_USER.LOCALE, APP_USER.TIME_ZONE, APP_USER.PASSWORD_HASH, APP_USER.ACTIVE,
                        APP_USER.LOCKED_UNTIL)
                .from(APP_USER).join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(APP_USER.EMAIL.eq(email))
                .fetchOptional(r -> new SignedInUser(r.get(APP_USER.ID), r.get(APP_USER.EMAIL),
                        r.get(APP_USER.DISPLAY_NAME), r.get(APP_USER.REGION_ID), r.get(REGION.NAME),
                        r.get(APP_USER.LOCALE), r.get(APP_USER.TIME_ZONE), r.get(APP_USER.PASSWORD_HASH),
                        r.get(APP_USER.ACTIVE), r.get(APP_USER.LOCKED_UNTIL),
                        rolesOf(List.of(r.get(APP_USER.ID))).getOrDefault(r.get(APP_USER.ID), Set.of())));
    }

    private Map<Long, Set<Role>> rolesOf(Collection<Long> userIds) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (userIds.isEmpty()) return roles;
        db.select(USER_ROLE.USER_ID, USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.in(userIds))
                .forEach(r -> roles.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(r.value2())));
        return roles;
    }

    private static Condition matching(String search) {
        if (search.isBlank()) return DSL.noCondition();
        String pattern = Sorting.containsPattern(search.strip());
        return APP_USER.DISPLAY_NAME.like(pattern).or(APP_USER.EMAIL.like(pattern));
    }

    private static UserSummary toSummary(Record r, Set<Role> roles) {
        return new UserSummary(r.get(APP_USER.ID), r.get(APP_USER.EMAIL), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.REGION_ID), r.get(REGION.NAME), r.get(APP_USER.ACTIVE), r.get(APP_USER.LOCALE),
                roles, r.get(APP_USER.VERSION));
    }
}
