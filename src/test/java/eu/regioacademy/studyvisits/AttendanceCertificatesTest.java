package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.platform.InvalidInputException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttendanceCertificatesTest extends ServiceTest {

    @Autowired
    VisitRecordService records;
    @Autowired
    StudyVisitService visits;
    @Autowired
    StudyVisitFixture fixture;
    @Autowired
    VisitApplicationService applications;
    @Autowired
    DSLContext db;

    @Test
    void attendees_get_a_certificate_and_a_ledger_entry_with_their_days_in_one_action() throws Exception {
        long visit = fixture.visit(VisitStatus.CONFIRMED, 5);
        LocalDate start = fixture.today().minusDays(1);
        fixture.moveTo(visit, start);
        long elin = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        long karin = fixture.application(visit, "olena.kovalenko@example.org", ApplicationStatus.CONFIRMED);
        long absent = fixture.application(visit, "jiri.novak@example.org", ApplicationStatus.CONFIRMED);
        signInAs(TestUsers.COORDINATOR);
        records.setAttendance(elin, start, true);
        records.setAttendance(elin, start.plusDays(1), true);
        records.setAttendance(karin, start, true);
        records.setAttendance(absent, start, true);
        records.setAttendance(absent, start, false);
        assertThatThrownBy(() -> records.setAttendance(elin, start.plusDays(5), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("attendance", "attendance.error.day"));
        assertThatThrownBy(() -> records.issueCertificates(visit))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("certificates", "attendance.error.not-completed"));

        visits.moveTo(visit, VisitStatus.COMPLETED, null);
        assertThat(records.issueCertificates(visit)).isEqualTo(2);

        var sheet = records.attendance(visit);
        assertThat(sheet.certificatesIssued()).isTrue();
        assertThat(sheet.rows()).filteredOn(r -> r.applicationId() == absent).singleElement()
                .satisfies(r -> assertThat(r.certificateCode()).isNull());
        var certificate = db.selectFrom(CERTIFICATE).where(CERTIFICATE.SOURCE_TYPE.eq("visit_application")
                .and(CERTIFICATE.SOURCE_ID.eq(elin))).fetchSingle();
        assertThat(certificate.getKind()).isEqualTo("STUDY_VISIT");
        assertThat(certificate.getWorkloadHours()).isEqualByComparingTo("14");
        try (PDDocument pdf = Loader.loadPDF(certificate.getPdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(StudyVisitFixture.TITLE).contains("Elin");
        }
        assertThat(db.select(PARTICIPATION_ENTRY.QUANTITY).from(PARTICIPATION_ENTRY)
                .where(PARTICIPATION_ENTRY.KIND.eq(ParticipationKind.VISIT_ATTENDED.name())
                        .and(PARTICIPATION_ENTRY.SOURCE_ID.eq(elin))).fetchSingle().value1()).isEqualByComparingTo("2");

        signInAs(TestUsers.LEARNER);
        assertThat(applications.mine("en", eu.regioacademy.platform.PageRequest.first(20)))
                .filteredOn(a -> a.id() == elin).singleElement()
                .satisfies(a -> assertThat(a.certificateCode()).isEqualTo(certificate.getCode()));
        signInAs(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> records.setAttendance(karin, start.plusDays(1), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("attendance", "attendance.error.certificates-issued"));
        assertThatThrownBy(() -> records.issueCertificates(visit)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void feedback_is_given_once_by_attendees_and_the_follow_up_opens_three_months_after() {
        long visit = fixture.visit(VisitStatus.COMPLETED, 5);
        fixture.moveTo(visit, fixture.today().minusMonths(2));
        long attended = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        long missed = fixture.application(visit, "olena.kovalenko@example.org", ApplicationStatus.CONFIRMED);
        fixture.attended(attended, fixture.today().minusMonths(2));

        signInAs("olena.kovalenko@example.org");
        assertThatThrownBy(() -> records.giveFeedback(missed, 4, "a", "b"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("feedback", "feedback.error.not-attended"));
        assertThatThrownBy(() -> records.giveFeedback(attended, 4, "a", "b"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> records.giveFeedback(attended, 6, "a", "b"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("rating", "feedback.error.rating"));
        records.giveFeedback(attended, 5, "The desk model", "A shared desk");
        assertThatThrownBy(() -> records.giveFeedback(attended, 5, "again", "again"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("feedback", "feedback.error.already-given"));

        assertThatThrownBy(() -> records.answerFollowUp(attended, "A pilot"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("applied", "follow-up.error.not-due"));
        fixture.moveTo(visit, fixture.today().minusMonths(3).minusDays(2));
        records.answerFollowUp(attended, "We opened a shared job desk");
        assertThat(db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.KIND.eq("VISIT_FOLLOW_UP_ANSWERED")
                .and(PARTICIPATION_ENTRY.SOURCE_ID.eq(attended)))).isEqualTo(1);
        assertThatThrownBy(() -> records.answerFollowUp(attended, "Again"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("applied", "follow-up.error.already-answered"));

        assertThatThrownBy(() -> records.feedback(visit))
                .as("participants do not read each other's feedback")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signInAs(TestUsers.COORDINATOR);
        assertThat(records.feedback(visit)).containsExactly(
                new FeedbackAnswer(5, "The desk model", "A shared desk", "We opened a shared job desk"));
    }
}
