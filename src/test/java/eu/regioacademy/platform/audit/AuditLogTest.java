package eu.regioacademy.platform.audit;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.AUDIT_LOG;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.certificates.VerificationCode;
import eu.regioacademy.people.UserAdminService;
import eu.regioacademy.people.UserDraft;
import eu.regioacademy.people.UserSummary;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

class AuditLogTest extends ServiceTest {

    private static final String GIUSEPPE = "giuseppe.esposito@example.org";

    @Autowired
    AuditLog audit;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;
    @Autowired
    VisitApplicationService applications;
    @Autowired
    StudyVisitFixture visits;
    @Autowired
    CertificateService certificates;
    @Autowired
    UserAdminService users;

    record Row(long actorId, String action, String detail) {
    }

    private List<Row> rowsAbout(String targetType, long targetId) {
        return db.select(AUDIT_LOG.ACTOR_ID, AUDIT_LOG.ACTION, AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.TARGET_TYPE.eq(targetType).and(AUDIT_LOG.TARGET_ID.eq(targetId)))
                .orderBy(AUDIT_LOG.ID)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3() == null ? "" : r.value3()));
    }

    private List<String> actionsAbout(String targetType, long targetId) {
        return rowsAbout(targetType, targetId).stream().map(Row::action).toList();
    }

    @Test
    void each_decision_on_study_visit_applications_writes_its_audit_row_with_who_decided() {
        long visit = visits.visit(VisitStatus.SELECTION, 2);
        long learners = visits.application(visit, TestUsers.LEARNER, ApplicationStatus.PENDING);
        long giuseppes = visits.application(visit, GIUSEPPE, ApplicationStatus.ENDORSED);
        signInAs(TestUsers.COORDINATOR);

        applications.endorse(learners, null);
        applications.select(learners);
        applications.waitlist(giuseppes);
        applications.reject(giuseppes);
        applications.cancelPlace(learners);

        assertThat(actionsAbout("visit_application", learners))
                .containsExactly("APPLICATION_ENDORSED", "APPLICATION_SELECTED", "PLACE_CANCELLED");
        assertThat(actionsAbout("visit_application", giuseppes)).containsExactly("APPLICATION_WAITLISTED", "APPLICATION_REJECTED");
        assertThat(rowsAbout("visit_application", learners)).extracting(Row::actorId)
                .containsOnly(visits.userId(TestUsers.COORDINATOR));
        assertThat(rowsAbout("visit_application", learners).get(1).detail()).isEqualTo("study visit " + visit + ", place 1");
    }

    @Test
    void revoking_a_certificate_is_on_the_log_with_the_reason() {
        var certificate = db.select(CERTIFICATE.ID, CERTIFICATE.CODE).from(CERTIFICATE).join(APP_USER).on(APP_USER.ID.eq(CERTIFICATE.HOLDER_ID))
                .where(APP_USER.EMAIL.eq(TestUsers.LEARNER).and(CERTIFICATE.REVOKED_AT.isNull())).limit(1).fetchSingle();
        signInAs(TestUsers.SECRETARIAT);

        certificates.revoke(new VerificationCode(certificate.value2()), "Issued by mistake");

        assertThat(rowsAbout("certificate", certificate.value1()))
                .containsExactly(new Row(visits.userId(TestUsers.SECRETARIAT), "CERTIFICATE_REVOKED", "Issued by mistake"));
    }

    @Test
    void role_changes_and_deactivation_by_the_admin_are_on_the_log() {
        long giuseppe = visits.userId(GIUSEPPE);
        signInAs(TestUsers.ADMIN);
        UserSummary before = users.find(giuseppe).orElseThrow();
        EnumSet<Role> roles = EnumSet.copyOf(before.roles());
        Role added = java.util.stream.Stream.of(Role.MENTOR, Role.COORDINATOR, Role.SECRETARIAT)
                .filter(r -> !before.roles().contains(r)).findFirst().orElseThrow();
        roles.add(added);

        users.update(giuseppe, before.version(), new UserDraft(before.displayName(), before.email(), before.regionId(), roles,
                true, before.locale()));
        users.deactivate(giuseppe);

        List<Row> rows = rowsAbout("app_user", giuseppe);
        assertThat(rows).extracting(Row::action).containsExactly("ROLES_CHANGED", "USER_DEACTIVATED");
        assertThat(rows.getFirst().detail()).contains(" -> ").contains(added.name());
        assertThat(rows).extracting(Row::actorId).containsOnly(visits.userId(TestUsers.ADMIN));
    }

    @Test
    void a_row_of_the_audit_log_can_be_neither_changed_nor_deleted() {
        signInAs(TestUsers.ADMIN);
        audit.record(AuditAction.USER_UPDATED, "app_user", 1L, "original");
        long id = db.select(AUDIT_LOG.ID).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchSingle(AUDIT_LOG.ID);

        assertThatThrownBy(() -> db.update(AUDIT_LOG).set(AUDIT_LOG.DETAIL, "rewritten").where(AUDIT_LOG.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(db.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id)).fetchSingle(AUDIT_LOG.DETAIL))
                .isEqualTo("original");
    }

    @Test
    void the_admin_filters_the_log_by_action_actor_and_days_in_their_time_zone() {
        signInAs(TestUsers.SECRETARIAT);
        audit.record(AuditAction.CERTIFICATE_ISSUED, "certificate", 424242L, "by the secretariat");
        signInAs(TestUsers.ADMIN);
        audit.record(AuditAction.PASSWORD_RESET, "app_user", 424242L, "by the admin");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
        PageRequest page = PageRequest.first(50);

        assertThat(audit.search(new AuditFilter(AuditAction.CERTIFICATE_ISSUED, "", today, today), page))
                .extracting(AuditEntry::detail).contains("by the secretariat").doesNotContain("by the admin");
        assertThat(audit.search(new AuditFilter(null, "Admin@Example", today, today), page))
                .extracting(AuditEntry::detail).contains("by the admin").doesNotContain("by the secretariat");
        assertThat(audit.count(new AuditFilter(null, "", today.plusDays(1), null))).isZero();
        assertThat(audit.count(new AuditFilter(null, "", null, today.minusDays(1)))).isEqualTo(
                audit.count(AuditFilter.none()) - audit.count(new AuditFilter(null, "", today, null)));
        List<AuditEntry> newestFirst = audit.search(new AuditFilter(null, "", today, today), page);
        assertThat(newestFirst.getFirst().detail()).isEqualTo("by the admin");
        assertThat(newestFirst.getFirst().actorName()).isNotBlank();
    }

    @Test
    void only_an_admin_reads_the_log() {
        for (String email : List.of(TestUsers.LEARNER, TestUsers.COORDINATOR, TestUsers.SECRETARIAT)) {
            signInAs(email);
            assertThatThrownBy(() -> audit.search(AuditFilter.none(), PageRequest.first(10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
