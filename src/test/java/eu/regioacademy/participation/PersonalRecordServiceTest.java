package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.MENTORING_CYCLE;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.MODULE_TEXT;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TEXT;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static eu.regioacademy.db.Tables.VISIT_ATTENDANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.mentoring.PairingService;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class PersonalRecordServiceTest extends ServiceTest {

    @Autowired
    PersonalRecordService records;
    @Autowired
    PairingService pairings;
    @Autowired
    MentoringFixture mentoring;
    @Autowired
    DSLContext db;

    private long learner() {
        return TestUsers.idOf(db, TestUsers.LEARNER);
    }

    private List<String> liveCertificateCodes(long holder) {
        return db.select(CERTIFICATE.CODE).from(CERTIFICATE)
                .where(CERTIFICATE.HOLDER_ID.eq(holder), CERTIFICATE.REVOKED_AT.isNull(), CERTIFICATE.KIND.ne("MANUAL"))
                .fetch(CERTIFICATE.CODE);
    }

    private List<String> completedModuleTitles(long user) {
        return db.select(MODULE_TEXT.TITLE).from(ENROLMENT)
                .join(MODULE_TEXT).on(MODULE_TEXT.MODULE_VERSION_ID.eq(ENROLMENT.MODULE_VERSION_ID), MODULE_TEXT.LANGUAGE.eq("en"))
                .where(ENROLMENT.USER_ID.eq(user), ENROLMENT.STATUS.eq("COMPLETED"))
                .fetch(MODULE_TEXT.TITLE);
    }

    private List<String> attendedVisitTitles(long user) {
        return db.selectDistinct(STUDY_VISIT_TEXT.TITLE).from(VISIT_ATTENDANCE)
                .join(VISIT_APPLICATION).on(VISIT_APPLICATION.ID.eq(VISIT_ATTENDANCE.APPLICATION_ID))
                .join(STUDY_VISIT).on(STUDY_VISIT.ID.eq(VISIT_APPLICATION.VISIT_ID))
                .join(STUDY_VISIT_TEXT).on(STUDY_VISIT_TEXT.VISIT_ID.eq(STUDY_VISIT.ID), STUDY_VISIT_TEXT.LANGUAGE.eq("en"))
                .where(VISIT_APPLICATION.APPLICANT_ID.eq(user), STUDY_VISIT.CERTIFICATES_ISSUED_AT.isNotNull())
                .fetch(STUDY_VISIT_TEXT.TITLE);
    }

    private static List<String> codes(PersonalRecord record) {
        return record.items().stream().map(RecordItem::certificateCode).filter(Objects::nonNull).toList();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_learners_record_lists_her_completed_modules_and_visits_with_the_codes_of_her_certificates() {
        long learner = learner();
        signInAs(TestUsers.LEARNER);

        PersonalRecord record = records.myRecord(Locale.ENGLISH);

        var person = db.select(APP_USER.DISPLAY_NAME, REGION.NAME).from(APP_USER).join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(APP_USER.ID.eq(learner)).fetchSingle();
        assertThat(record.name()).isEqualTo(person.value1());
        assertThat(record.regionName()).isEqualTo(person.value2());
        assertThat(completedModuleTitles(learner)).isNotEmpty();
        assertThat(record.in(RecordSection.MODULES)).extracting(RecordItem::title)
                .containsExactlyInAnyOrderElementsOf(completedModuleTitles(learner));
        assertThat(attendedVisitTitles(learner)).isNotEmpty();
        assertThat(record.in(RecordSection.STUDY_VISITS)).extracting(RecordItem::title)
                .containsExactlyInAnyOrderElementsOf(attendedVisitTitles(learner));
        assertThat(record.in(RecordSection.STUDY_VISITS)).allSatisfy(visit -> {
            assertThat(visit.detail()).isNotBlank();
            assertThat(visit.quantity()).isPositive();
        });
        assertThat(liveCertificateCodes(learner)).isNotEmpty();
        assertThat(codes(record)).containsExactlyInAnyOrderElementsOf(liveCertificateCodes(learner));
    }

    @Test
    void a_revoked_certificate_leaves_the_activity_on_the_record_without_its_code() throws IOException {
        long learner = learner();
        String revoked = liveCertificateCodes(learner).getFirst();
        db.update(CERTIFICATE).set(CERTIFICATE.REVOKED_AT, Instant.now()).set(CERTIFICATE.REVOKED_REASON, "Test revocation")
                .where(CERTIFICATE.CODE.eq(revoked)).execute();
        signInAs(TestUsers.LEARNER);

        PersonalRecord record = records.myRecord(Locale.ENGLISH);

        assertThat(codes(record)).doesNotContain(revoked).containsExactlyInAnyOrderElementsOf(liveCertificateCodes(learner));
        assertThat(record.items()).hasSize(completedModuleTitles(learner).size() + attendedVisitTitles(learner).size());
        String pdf = text(records.myRecordPdf("en"));
        assertThat(pdf).doesNotContain(revoked).doesNotContain(PersonalRecordPdf.grouped(revoked));
    }

    @Test
    void the_pdf_reads_back_with_her_name_a_module_title_and_a_certificate_code_and_where_to_verify_it() throws IOException {
        long learner = learner();
        signInAs(TestUsers.LEARNER);
        String code = liveCertificateCodes(learner).getFirst();

        byte[] pdf = records.myRecordPdf(null);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(doc.getPage(0).getMediaBox().getWidth());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Participation record · Elin Åkesson");
        }
        assertThat(text(pdf)).contains("Elin Åkesson", "Participation record", completedModuleTitles(learner).getFirst(),
                PersonalRecordPdf.grouped(code), "/verify/" + code, "Page 1 of");
    }

    @Test
    void the_pdf_speaks_the_language_asked_for() throws IOException {
        signInAs(TestUsers.LEARNER);
        assertThat(text(records.myRecordPdf("fr"))).contains("Relevé de participation", "Modules de formation");
        assertThat(text(records.myRecordPdf("xx"))).as("unknown: her own language").contains("Participation record");
    }

    @Test
    void completed_mentoring_is_on_both_records_with_the_partner_and_the_sessions_held() {
        long pairing = mentoring.demoPairing();
        signInAs(MentoringFixture.MENTOR);
        pairings.complete(pairing);
        String cycle = db.select(MENTORING_CYCLE.NAME).from(MENTORING_PAIRING).join(MENTORING_CYCLE)
                .on(MENTORING_CYCLE.ID.eq(MENTORING_PAIRING.CYCLE_ID)).where(MENTORING_PAIRING.ID.eq(pairing))
                .fetchSingle(MENTORING_CYCLE.NAME);
        int held = db.fetchCount(MENTORING_SESSION, MENTORING_SESSION.PAIRING_ID.eq(pairing), MENTORING_SESSION.STATUS.eq("HELD"));

        assertThat(records.myRecord(Locale.ENGLISH).in(RecordSection.MENTORING_GIVEN)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo(cycle);
            assertThat(item.detail()).isEqualTo("Elin Åkesson");
            assertThat(item.sessions()).isEqualTo(held).isPositive();
            assertThat(item.certificateCode()).isIn(liveCertificateCodes(mentoring.userId(MentoringFixture.MENTOR)));
        });
        signInAs(TestUsers.LEARNER);
        assertThat(records.myRecord(Locale.ENGLISH).in(RecordSection.MENTORING_RECEIVED)).singleElement().satisfies(item -> {
            assertThat(item.detail()).isEqualTo("Jordi Puig i Ferrer");
            assertThat(item.sessions()).isEqualTo(held);
            assertThat(item.quantity()).isPositive();
            assertThat(item.certificateCode()).isIn(liveCertificateCodes(learner()));
        });
    }

    @Test
    void nobody_gets_a_record_without_signing_in() {
        assertThatThrownBy(() -> records.myRecord(Locale.ENGLISH))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> records.myRecordPdf(null))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
