package eu.regioacademy.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.security.CurrentUser;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CertificateServiceTest extends ServiceTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateHolderQuery holders;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JsonMapper json;
    @Autowired
    org.jooq.DSLContext db;
    @Autowired
    ParticipationLedger ledger;

    private Achievement achievementOf(String email, long sourceId) {
        return new Achievement(CertificateKind.MANUAL, holders.idOf(email), "Workshop on reception: Αθήνα 2026",
                new BigDecimal("7.5"), LocalDate.of(2026, 10, 14), "test-workshop", sourceId);
    }

    @Test
    void the_same_achievement_yields_one_certificate() {
        Achievement achievement = achievementOf("eleni.papadopoulou@example.org", 1);
        VerificationCode first = certificates.issue(achievement);
        VerificationCode second = certificates.issue(achievement);
        assertThat(second).isEqualTo(first);
        assertThat(certificates.verify(first)).hasValueSatisfying(f -> {
            assertThat(f.holderName()).isEqualTo("Ελένη Παπαδοπούλου");
            assertThat(f.revoked()).isFalse();
        });
    }

    @Test
    void the_pdf_reads_back_with_the_holder_title_code_a_qr_code_to_the_verify_page_and_the_credential() throws Exception {
        VerificationCode code = certificates.issue(achievementOf("eleni.papadopoulou@example.org", 2));
        signInAs(TestUsers.SECRETARIAT);
        byte[] pdf = certificates.pdfFor(code.display()).orElseThrow();
        assertThat(pdf.length).isLessThanOrEqualTo(50 * 1024);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Ελένη Παπαδοπούλου", "Workshop on reception: Αθήνα 2026", code.display());
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);

            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
                    .getText()).isEqualTo(certificates.verifyUrl(code));

            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            var attachment = names.getEmbeddedFiles().getNames().get("credential.json");
            JsonNode credential = json.readTree(new String(attachment.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8));
            assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
            assertThat(credential.get("credentialSubject").get("name").asString()).isEqualTo("Ελένη Παπαδοπούλου");
            assertThat(credential.get("credentialSubject").get("achievement").get("name").asString())
                    .isEqualTo("Workshop on reception: Αθήνα 2026");
            assertThat(credential.get("id").asString()).isEqualTo(certificates.verifyUrl(code));
        }
        assertThat(certificates.verifyFile(pdf)).isPresent();
        byte[] tampered = pdf.clone();
        tampered[tampered.length / 2] ^= 1;
        assertThat(certificates.verifyFile(tampered)).isEmpty();
        assertThat(certificates.pdfFor(code.value())).hasValue(pdf);
    }

    @Test
    void a_learner_cannot_download_another_persons_certificate_but_the_holder_can() {
        VerificationCode code = certificates.issue(achievementOf(TestUsers.MENTOR, 3));
        signInAs(TestUsers.LEARNER);
        assertThat(certificates.pdfFor(code.value())).isEmpty();
        signInAs(TestUsers.MENTOR);
        assertThat(certificates.pdfFor(code.value())).isPresent();
        assertThat(certificates.mine()).extracting(CertificateFacts::code).contains(code);
    }

    @Test
    void a_revoked_certificate_verifies_as_revoked_with_its_reason_and_only_the_secretariat_revokes() {
        VerificationCode code = certificates.issue(achievementOf(TestUsers.MENTOR, 4));
        signInAs(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> certificates.revoke(code, "wrong")).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.SECRETARIAT);
        certificates.revoke(code, "Issued to the wrong person");
        assertThat(certificates.verify(code)).hasValueSatisfying(f -> {
            assertThat(f.revoked()).isTrue();
            assertThat(f.revokedReason()).isEqualTo("Issued to the wrong person");
        });
    }

    @Test
    void the_demo_learner_holds_a_module_certificate_and_another_demo_certificate_is_revoked() {
        signInAs(TestUsers.LEARNER);
        assertThat(certificates.mine()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CertificateKind.MODULE_COMPLETION);
            assertThat(c.revoked()).isFalse();
        });
        signInAs("ana.sousa@example.org");
        assertThat(certificates.mine()).anySatisfy(c -> assertThat(c.revoked()).isTrue());
    }

    @Test
    void the_secretariat_searches_certificates_and_downloads_them_as_a_streamed_zip() throws Exception {
        VerificationCode code = certificates.issue(achievementOf("eleni.papadopoulou@example.org", 5));
        signInAs(TestUsers.SECRETARIAT);
        CertificateFilter eleni = new CertificateFilter("Παπαδοπούλου", CertificateKind.MANUAL, false, null, null);
        assertThat(certificates.count(eleni)).isEqualTo(1);
        assertThat(certificates.search(eleni, eu.regioacademy.platform.PageRequest.first(10)))
                .extracting(CertificateFacts::code).containsExactly(code);
        assertThat(certificates.count(new CertificateFilter(code.display(), null, null, null, null))).isEqualTo(1);
        long attiki = db.select(eu.regioacademy.db.Tables.REGION.ID).from(eu.regioacademy.db.Tables.REGION)
                .where(eu.regioacademy.db.Tables.REGION.NUTS_CODE.eq("EL30")).fetchSingle().value1();
        assertThat(certificates.count(new CertificateFilter("", CertificateKind.MANUAL, null, null, null, attiki))).isEqualTo(1);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(certificates.count(new CertificateFilter("Παπαδοπούλου", CertificateKind.MANUAL, null, today, today, null))).isEqualTo(1);
        assertThat(certificates.count(new CertificateFilter("Παπαδοπούλου", CertificateKind.MANUAL, null, today.plusDays(1), null, null))).isZero();

        var zipped = new java.io.ByteArrayOutputStream();
        int written = certificates.writeZip(CertificateFilter.none(), zipped);
        assertThat(written).isEqualTo(certificates.count(CertificateFilter.none()));
        int entries = 0;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
                if (entry.getName().endsWith(code.value() + ".pdf")) {
                    assertThat(entry.getName()).startsWith("Ελένη-Παπαδοπούλου-");
                    assertThat(certificates.verifyFile(bytes)).isPresent();
                }
                entries++;
            }
        }
        assertThat(entries).isEqualTo(written);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> certificates.count(CertificateFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_certificate_is_reissued_in_another_language_with_the_same_code_and_each_copy_verifies() throws Exception {
        VerificationCode code = certificates.issue(achievementOf(TestUsers.MENTOR, 6));
        signInAs(TestUsers.MENTOR);
        byte[] original = certificates.pdfFor(code.value()).orElseThrow();
        byte[] french = certificates.pdfFor(code.value(), "fr").orElseThrow();
        assertThat(certificates.pdfFor(code.value(), "fr")).hasValue(french);
        assertThat(french).isNotEqualTo(original);
        try (PDDocument doc = Loader.loadPDF(french)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Certificat", "Nous certifions que", "Jordi Puig i Ferrer", code.display());
        }
        assertThat(certificates.verifyFile(french)).hasValueSatisfying(f -> assertThat(f.code()).isEqualTo(code));
        assertThat(certificates.pdfFor(code.value(), "de")).isEmpty();
        signInAs(TestUsers.LEARNER);
        assertThat(certificates.pdfFor(code.value(), "fr")).isEmpty();
    }

    @Test
    void a_bulk_issue_answers_in_the_given_order_keeps_existing_certificates_and_issues_each_achievement_once() {
        VerificationCode existing = certificates.issue(achievementOf("eleni.papadopoulou@example.org", 10));
        long mentor = holders.idOf(TestUsers.MENTOR);
        int mentorEntries = ledger.count(mentor, ParticipationKind.CERTIFICATE_ISSUED);
        List<Achievement> bulk = new ArrayList<>();
        for (int i = 0; i < 60; i++) bulk.add(achievementOf(i % 2 == 0 ? TestUsers.MENTOR : TestUsers.LEARNER, 100 + i));
        bulk.add(achievementOf("eleni.papadopoulou@example.org", 10));
        bulk.add(achievementOf(TestUsers.MENTOR, 100));

        List<VerificationCode> codes = certificates.issueAll(bulk);

        assertThat(codes).hasSize(62);
        assertThat(codes.get(60)).isEqualTo(existing);
        assertThat(codes.get(61)).isEqualTo(codes.get(0));
        assertThat(Set.copyOf(codes)).hasSize(61);
        assertThat(db.fetchCount(eu.regioacademy.db.Tables.CERTIFICATE,
                eu.regioacademy.db.Tables.CERTIFICATE.SOURCE_TYPE.eq("test-workshop"))).isEqualTo(61);
        assertThat(certificates.verify(codes.get(1))).hasValueSatisfying(f -> {
            assertThat(f.holderName()).isEqualTo(holders.holders(Set.of(holders.idOf(TestUsers.LEARNER)))
                    .values().iterator().next().name());
            assertThat(f.title()).isEqualTo("Workshop on reception: Αθήνα 2026");
        });
        assertThat(ledger.count(mentor, ParticipationKind.CERTIFICATE_ISSUED)).isEqualTo(mentorEntries + 30);
        assertThat(certificates.issueAll(bulk)).isEqualTo(codes);
    }
}
