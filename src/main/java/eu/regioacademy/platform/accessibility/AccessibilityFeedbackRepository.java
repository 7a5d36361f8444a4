package eu.regioacademy.platform.accessibility;

import static eu.regioacademy.db.Tables.ACCESSIBILITY_FEEDBACK;
import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.USER_ROLE;

import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AccessibilityFeedbackRepository {

    private final DSLContext db;

    AccessibilityFeedbackRepository(DSLContext db) {
        this.db = db;
    }

    long insert(@Nullable Long userId, @Nullable String name, @Nullable String email, @Nullable String page,
                String message, String locale) {
        return db.insertInto(ACCESSIBILITY_FEEDBACK)
                .set(ACCESSIBILITY_FEEDBACK.USER_ID, userId)
                .set(ACCESSIBILITY_FEEDBACK.NAME, name)
                .set(ACCESSIBILITY_FEEDBACK.EMAIL, email)
                .set(ACCESSIBILITY_FEEDBACK.PAGE, page)
                .set(ACCESSIBILITY_FEEDBACK.MESSAGE, message)
                .set(ACCESSIBILITY_FEEDBACK.LOCALE, locale)
                .returningResult(ACCESSIBILITY_FEEDBACK.ID).fetchSingle().value1();
    }

    /** Who answers feedback: the active administrators. */
    List<Long> activeAdministrators() {
        return db.selectDistinct(APP_USER.ID).from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ACTIVE.isTrue().and(USER_ROLE.ROLE.eq("ADMIN")))
                .orderBy(APP_USER.ID).fetch(APP_USER.ID);
    }
}
