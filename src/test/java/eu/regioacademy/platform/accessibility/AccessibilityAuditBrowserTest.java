package eu.regioacademy.platform.accessibility;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.LESSON;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MODULE_VERSION;
import static eu.regioacademy.db.Tables.PLACEMENT;
import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route, opened by each role that may open it (and anonymously where allowed), checked
 * with axe-core: no serious or critical finding. Routes with an id take one from the demo data.
 * One test per role; each collects the findings of all its pages before failing, so one run
 * lists them all. A page two roles share is checked once.
 */
class AccessibilityAuditBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;

    @Test
    void public_pages_have_no_serious_accessibility_findings() {
        audit(null, List.of("login", "accessibility", "verify", "verify/" + db.select(CERTIFICATE.CODE).from(CERTIFICATE)
                .orderBy(CERTIFICATE.ID).limit(1).fetchOne(CERTIFICATE.CODE), "no-such-page"));
    }

    @Test
    void a_learners_pages_have_no_serious_accessibility_findings() {
        String module = db.select(TRAINING_MODULE.CODE).from(TRAINING_MODULE).where(TRAINING_MODULE.STATUS.eq("PUBLISHED"))
                .orderBy(TRAINING_MODULE.ID).limit(1).fetchOne(TRAINING_MODULE.CODE);
        String lesson = db.select(LESSON.SLUG).from(LESSON).join(MODULE_VERSION).on(MODULE_VERSION.ID.eq(LESSON.MODULE_VERSION_ID))
                .join(TRAINING_MODULE).on(TRAINING_MODULE.ID.eq(MODULE_VERSION.MODULE_ID)).where(TRAINING_MODULE.CODE.eq(module))
                .orderBy(MODULE_VERSION.ID.desc(), LESSON.POSITION).limit(1).fetchOne(LESSON.SLUG);
        audit(TestUsers.LEARNER, List.of("", "catalog", "modules/" + module, "modules/" + module + "/lessons/" + lesson,
                "modules/" + module + "/quiz", "my-learning", "study-visits", "study-visits/applications",
                "study-visits/" + first(STUDY_VISIT.ID), "hosting-offers", "exchanges", "mentoring",
                "mentoring/pairings/" + first(MENTORING_PAIRING.ID), "notifications", "accessibility"));
    }

    @Test
    void a_mentors_pages_have_no_serious_accessibility_findings() {
        audit(TestUsers.MENTOR, List.of("mentoring", "mentoring/profile", "exchanges/placements/" + first(PLACEMENT.ID),
                "exchanges/allocations/" + first(EXCHANGE_ALLOCATION.ID)));
    }

    @Test
    void a_coordinators_pages_have_no_serious_accessibility_findings() {
        audit(TestUsers.COORDINATOR, List.of("study-visits/endorsements", "study-visits/new"));
    }

    @Test
    void the_secretariats_pages_have_no_serious_accessibility_findings() {
        String module = db.select(TRAINING_MODULE.CODE).from(TRAINING_MODULE).orderBy(TRAINING_MODULE.ID).limit(1)
                .fetchOne(TRAINING_MODULE.CODE);
        audit(TestUsers.SECRETARIAT, List.of("secretariat", "certificates-admin", "training-admin",
                "training-admin/" + module, "mentoring/cycles", "mentoring/overview"));
    }

    @Test
    void the_administrators_pages_have_no_serious_accessibility_findings() {
        audit(TestUsers.ADMIN, List.of("admin"));
    }

    private long first(org.jooq.TableField<?, Long> id) {
        return db.select(id).from(id.getTable()).orderBy(id).limit(1).fetchOptional(id).orElse(1L);
    }

    private void audit(String user, List<String> paths) {
        if (user != null) {
            signIn(user, TestUsers.DEMO_PASSWORD);
            waitFor(By.tagName("vaadin-app-layout"));
        }
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            open(path);
            try {
                assertAccessible();
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) throw new AssertionError(String.join("\n\n", failures));
    }
}
