package eu.regioacademy.platform.accessibility;

import static eu.regioacademy.db.Tables.ACCESSIBILITY_FEEDBACK;
import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class AccessibilityFeedbackServiceTest extends ServiceTest {

    @Autowired
    AccessibilityFeedbackService feedback;
    @Autowired
    DSLContext db;

    private void actAnonymously() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    @Test
    void anonymous_feedback_is_stored_and_every_administrator_is_notified() {
        actAnonymously();
        long id = feedback.submit(new FeedbackDraft("", "", "  /catalog ", "  The filter cannot be reached with Tab.  "),
                Locale.FRENCH);

        var row = db.selectFrom(ACCESSIBILITY_FEEDBACK).where(ACCESSIBILITY_FEEDBACK.ID.eq(id)).fetchSingle();
        assertThat(row.getUserId()).isNull();
        assertThat(row.getName()).isNull();
        assertThat(row.getEmail()).isNull();
        assertThat(row.getPage()).isEqualTo("/catalog");
        assertThat(row.getMessage()).isEqualTo("The filter cannot be reached with Tab.");
        assertThat(row.getLocale()).isEqualTo("fr");
        List<String> notified = db.select(APP_USER.EMAIL).from(NOTIFICATION).join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION.RECIPIENT_ID))
                .where(NOTIFICATION.EVENT_KEY.eq("accessibility-feedback:" + id)).fetch(APP_USER.EMAIL);
        assertThat(notified).contains(TestUsers.ADMIN).doesNotContain(TestUsers.LEARNER, TestUsers.SECRETARIAT);
    }

    @Test
    void feedback_from_a_signed_in_person_keeps_who_sent_it() {
        signInAs(TestUsers.LEARNER);
        long id = feedback.submit(new FeedbackDraft("Jiří Novák", "jiri@example.org", "", "Contrast of the badges is low."),
                Locale.ENGLISH);

        var row = db.selectFrom(ACCESSIBILITY_FEEDBACK).where(ACCESSIBILITY_FEEDBACK.ID.eq(id)).fetchSingle();
        assertThat(row.getUserId()).isEqualTo(TestUsers.idOf(db, TestUsers.LEARNER));
        assertThat(row.getName()).isEqualTo("Jiří Novák");
        assertThat(row.getEmail()).isEqualTo("jiri@example.org");
    }

    @Test
    void a_short_message_and_a_malformed_email_are_refused_field_by_field_and_nothing_is_stored() {
        actAnonymously();
        int before = db.fetchCount(ACCESSIBILITY_FEEDBACK);
        assertThatThrownBy(() -> feedback.submit(new FeedbackDraft("", "not an address", "", " too short "), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errorKeysByField()).containsOnly(
                        java.util.Map.entry("email", "a11y.feedback.error.email"),
                        java.util.Map.entry("message", "a11y.feedback.error.message-too-short")));
        assertThatThrownBy(() -> feedback.submit(new FeedbackDraft("x".repeat(201), "", "", "y".repeat(4001)), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errorKeysByField()).containsOnlyKeys(
                        "name", "message"));
        assertThat(db.fetchCount(ACCESSIBILITY_FEEDBACK)).isEqualTo(before);
    }

    @Test
    void the_schema_refuses_a_blank_message_and_a_malformed_email_written_past_the_service() {
        assertThatThrownBy(() -> db.insertInto(ACCESSIBILITY_FEEDBACK).set(ACCESSIBILITY_FEEDBACK.MESSAGE, "          ")
                .set(ACCESSIBILITY_FEEDBACK.LOCALE, "en").execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.insertInto(ACCESSIBILITY_FEEDBACK).set(ACCESSIBILITY_FEEDBACK.MESSAGE, "A real description.")
                .set(ACCESSIBILITY_FEEDBACK.EMAIL, "someone@nowhere").set(ACCESSIBILITY_FEEDBACK.LOCALE, "en").execute())
                .isInstanceOf(DataAccessException.class);
    }
}
