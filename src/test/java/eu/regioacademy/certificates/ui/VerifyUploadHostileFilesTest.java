package eu.regioacademy.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.CertificateService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10: the verify upload answers files that cannot be certificates with the reason, in words. */
class VerifyUploadHostileFilesTest extends KaribuTest {

    @Autowired
    DSLContext db;

    private VerifyView view;

    @BeforeEach
    void openVerify() {
        signInAs(TestUsers.LEARNER);
        navigateTo("verify");
        view = (VerifyView) UI.getCurrent().getCurrentView();
    }

    private static String outcome() {
        return String.join("\n", _find(H2.class).stream().map(H2::getText).toList()).strip();
    }

    private byte[] aCertificate() {
        return db.select(CERTIFICATE.PDF).from(CERTIFICATE).limit(1).fetchSingle(CERTIFICATE.PDF);
    }

    @Test
    void an_oversized_file_is_refused_as_too_large() {
        byte[] big = new byte[CertificateService.MAX_VERIFY_FILE_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        view.showFile(big);
        assertThat(outcome()).isEqualTo("The file is larger than 5 MB; a certificate from this platform is much smaller.");
    }

    @Test
    void random_bytes_are_refused_as_not_a_pdf() {
        byte[] noise = new byte[20_000];
        new Random(3).nextBytes(noise);
        view.showFile(noise);
        assertThat(outcome()).isEqualTo("This file is not a PDF document.");
    }

    @Test
    void an_image_renamed_to_pdf_is_refused_as_not_a_pdf() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        view.showFile(png);
        assertThat(outcome()).isEqualTo("This file is not a PDF document.");
    }

    @Test
    void an_empty_file_is_refused_as_not_a_pdf() {
        view.showFile(new byte[0]);
        assertThat(outcome()).isEqualTo("This file is not a PDF document.");
    }

    @Test
    void a_truncated_certificate_is_refused_as_incomplete() {
        byte[] pdf = aCertificate();
        view.showFile(Arrays.copyOf(pdf, pdf.length / 2));
        assertThat(outcome()).isEqualTo("This PDF is incomplete (it was cut off); download the certificate again.");
    }

    @Test
    void the_reason_is_given_in_the_readers_language() {
        UI.getCurrent().setLocale(java.util.Locale.of("sv"));
        view.showFile("just text".getBytes(StandardCharsets.UTF_8));
        assertThat(outcome()).isEqualTo("Filen är inte ett PDF-dokument.");
    }
}
