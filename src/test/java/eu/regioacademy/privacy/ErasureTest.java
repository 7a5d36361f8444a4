package eu.regioacademy.privacy;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.AUDIT_LOG;
import static eu.regioacademy.db.Tables.CALENDAR_FEED;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.MENTORING_BOOKING;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.MENTORING_SESSION_NOTE;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.certificates.VerificationCode;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.mentoring.PairingStatus;
import eu.regioacademy.participation.Dashboard;
import eu.regioacademy.participation.ParticipationDashboardService;
import eu.regioacademy.participation.ParticipationFilter;
import eu.regioacademy.participation.RegionActivity;
import eu.regioacademy.people.UserAdminService;
import eu.regioacademy.people.UserDraft;
import eu.regioacademy.people.UserSummary;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.StudyVisitFixture;
import eu.regioacademy.studyvisits.VisitStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Erasure on request, end to end: what goes, what is withdrawn, and what the statistics keep. */
class ErasureTest extends ServiceTest {

    @Autowired
    ErasureService erasure;
    @Autowired
    CertificateService certificates;
    @Autowired
    ParticipationDashboardService dashboards;
    @Autowired
    StudyVisitFixture visits;
    @Autowired
    MentoringFixture mentoring;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;
    @Autowired
    UserAdminService users;

    record Statistics(Dashboard dashboard, List<RegionActivity> regions, int entries, int people, int ledgerRowsOfPerson) {
    }

    private Statistics statistics(long person) {
        signInAs(TestUsers.SECRETARIAT);
        ParticipationFilter year = ParticipationFilter.lastYear(LocalDate.now(clock));
        return new Statistics(dashboards.dashboard(year), dashboards.regionSummary(year), dashboards.countEntries(year),
                dashboards.countPeople(year), db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.USER_ID.eq(person)));
    }

    @Test
    void an_admin_erases_a_person_and_only_the_statistics_remain() {
        long learner = visits.userId(TestUsers.LEARNER);
        long visit = visits.visit(VisitStatus.OPEN, 5);
        long application = visits.application(visit, TestUsers.LEARNER, ApplicationStatus.PENDING);
        long pairing = mentoring.demoPairing();
        Instant next = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        long future = mentoring.startedSession(pairing, next, Duration.ofHours(1));
        db.insertInto(MENTORING_BOOKING).set(MENTORING_BOOKING.USER_ID, learner).set(MENTORING_BOOKING.SLOT_START, next)
                .set(MENTORING_BOOKING.SESSION_ID, future).execute();
        long held = mentoring.heldSession(pairing, clock.instant().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS));
        db.insertInto(MENTORING_SESSION_NOTE).set(MENTORING_SESSION_NOTE.SESSION_ID, held)
                .set(MENTORING_SESSION_NOTE.NOTES, "Private: talked about Elin's manager")
                .set(MENTORING_SESSION_NOTE.AGREED_ACTIONS, "none").set(MENTORING_SESSION_NOTE.UPDATED_BY, learner).execute();
        List<String> codes = db.select(CERTIFICATE.CODE).from(CERTIFICATE).where(CERTIFICATE.HOLDER_ID.eq(learner))
                .fetch(CERTIFICATE.CODE);
        assertThat(codes).isNotEmpty();
        Statistics before = statistics(learner);

        signInAs(TestUsers.ADMIN);
        ErasureReport report = erasure.erase(learner, "  Learner@Example.org ");

        // the account: anonymised, no password, inactive, and nobody can sign in as it
        var account = db.selectFrom(APP_USER).where(APP_USER.ID.eq(learner)).fetchSingle();
        assertThat(account.getEmail()).isEqualTo("erased-" + learner + "@erased.invalid");
        assertThat(account.getDisplayName()).doesNotContain("Elin", "Åkesson");
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.getActive()).isFalse();
        assertThat(account.getErasedAt()).isNotNull();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(TestUsers.LEARNER)).isInstanceOf(UsernameNotFoundException.class);
        assertThat(userDetails.loadUserByUsername(account.getEmail()).isEnabled()).isFalse();

        // live commitments withdrawn, private things deleted
        assertThat(visits.statusOf(application)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(mentoring.status(pairing)).isEqualTo(PairingStatus.ENDED);
        assertThat(db.select(MENTORING_SESSION.STATUS).from(MENTORING_SESSION).where(MENTORING_SESSION.ID.eq(future))
                .fetchSingle(MENTORING_SESSION.STATUS)).isEqualTo("CANCELLED");
        assertThat(db.fetchCount(MENTORING_BOOKING, MENTORING_BOOKING.SESSION_ID.eq(future))).isZero();
        assertThat(db.fetchCount(MENTORING_SESSION_NOTE, MENTORING_SESSION_NOTE.SESSION_ID.eq(held))).isZero();
        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(learner))).isZero();
        assertThat(db.fetchCount(CALENDAR_FEED, CALENDAR_FEED.USER_ID.eq(learner))).isZero();
        assertThat(report.applicationsWithdrawn()).isPositive();
        assertThat(report.pairingsClosed()).isPositive();
        assertThat(report.sessionsCancelled()).isPositive();
        assertThat(report.certificatesRevoked()).isEqualTo(codes.size());

        // every certificate revoked "erased on request", and verification shows no name
        for (String code : codes) {
            CertificateFacts facts = certificates.verify(new VerificationCode(code)).orElseThrow();
            assertThat(facts.revoked()).isTrue();
            assertThat(facts.revokedReason()).isEqualTo(CertificateFacts.ERASED_REASON);
            assertThat(facts.erased()).isTrue();
            assertThat(facts.holderName()).isEmpty();
        }

        // the erasure is on the audit log, by the admin, naming nobody
        var audit = db.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("PERSON_ERASED").and(AUDIT_LOG.TARGET_ID.eq(learner)))
                .fetchSingle();
        assertThat(audit.getActorId()).isEqualTo(visits.userId(TestUsers.ADMIN));
        assertThat(audit.getDetail()).contains("certificates revoked " + codes.size()).doesNotContain("Elin", "learner@");

        // statistics: the same before and after
        assertThat(statistics(learner)).isEqualTo(before);
    }

    @Test
    void erasure_needs_the_persons_e_mail_typed_again_and_changes_nothing_otherwise() {
        long learner = visits.userId(TestUsers.LEARNER);
        signInAs(TestUsers.ADMIN);
        assertThatThrownBy(() -> erasure.erase(learner, TestUsers.MENTOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("email", "erasure.error.mismatch"));
        assertThat(db.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(learner)).fetchSingle(APP_USER.EMAIL))
                .isEqualTo(TestUsers.LEARNER);
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PERSON_ERASED").and(AUDIT_LOG.TARGET_ID.eq(learner)))).isZero();
    }

    @Test
    void a_person_is_erased_once_and_an_admin_never_erases_themselves() {
        long learner = visits.userId(TestUsers.LEARNER);
        signInAs(TestUsers.ADMIN);
        erasure.erase(learner, TestUsers.LEARNER);
        String anonymised = "erased-" + learner + "@erased.invalid";
        assertThat(erasure.find(anonymised)).hasValueSatisfying(p -> assertThat(p.erased()).isTrue());
        assertThatThrownBy(() -> erasure.erase(learner, anonymised))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("email", "erasure.error.already"));
        assertThatThrownBy(() -> erasure.erase(visits.userId(TestUsers.ADMIN), TestUsers.ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("email", "erasure.error.self"));
    }

    @Test
    void the_schema_refuses_an_erased_account_that_could_sign_in() {
        long learner = visits.userId(TestUsers.LEARNER);
        signInAs(TestUsers.ADMIN);
        erasure.erase(learner, TestUsers.LEARNER);
        assertThatThrownBy(() -> db.update(APP_USER).set(APP_USER.ACTIVE, true).where(APP_USER.ID.eq(learner)).execute())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void the_admin_can_neither_reactivate_an_erased_account_nor_give_it_a_password() {
        long learner = visits.userId(TestUsers.LEARNER);
        signInAs(TestUsers.ADMIN);
        erasure.erase(learner, TestUsers.LEARNER);
        UserSummary erased = users.find(learner).orElseThrow();
        assertThatThrownBy(() -> users.update(learner, erased.version(), new UserDraft(erased.displayName(), erased.email(),
                erased.regionId(), erased.roles(), true, erased.locale())))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("active", "user.error.erased"));
        assertThatThrownBy(() -> users.resetPassword(learner, "a-new-long-password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("password", "user.error.erased"));
    }

    @Test
    void only_an_admin_erases() {
        long mentor = visits.userId(TestUsers.MENTOR);
        for (String email : List.of(TestUsers.LEARNER, TestUsers.COORDINATOR, TestUsers.SECRETARIAT)) {
            signInAs(email);
            assertThatThrownBy(() -> erasure.erase(mentor, TestUsers.MENTOR)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> erasure.find(TestUsers.MENTOR)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
