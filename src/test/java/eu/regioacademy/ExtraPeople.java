package eu.regioacademy;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static eu.regioacademy.db.Tables.USER_ROLE;

import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;

/**
 * More staff than the twelve demo accounts, for tests that need many different people at once
 * (twenty applicants racing for three places). Committed; {@link #remove} deletes them and their
 * notifications, after the test's own fixture removed what they took part in.
 */
public final class ExtraPeople {

    private ExtraPeople() {
    }

    /** {@code count} people named {@code prefix-NN@example.org}, in the region of the demo learner (Skåne). */
    public static List<String> create(DSLContext db, String prefix, int count) {
        long region = db.select(APP_USER.REGION_ID).from(APP_USER).where(APP_USER.EMAIL.eq(TestUsers.LEARNER))
                .fetchSingle(APP_USER.REGION_ID);
        List<String> emails = IntStream.rangeClosed(1, count).mapToObj(i -> "%s-%02d@example.org".formatted(prefix, i)).toList();
        for (String email : emails) {
            db.insertInto(APP_USER).set(APP_USER.EMAIL, email).set(APP_USER.DISPLAY_NAME, "Test " + email)
                    .set(APP_USER.REGION_ID, region).onDuplicateKeyIgnore().execute();
        }
        return emails;
    }

    public static void remove(DSLContext db, List<String> emails) {
        var ids = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.in(emails)).fetch(APP_USER.ID);
        db.deleteFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.in(ids)).execute();
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.in(ids)).execute();
        db.deleteFrom(APP_USER).where(APP_USER.ID.in(ids)).execute();
    }
}
