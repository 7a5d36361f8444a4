package eu.regioacademy.certificates;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class CertificateBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;

    private String codeOf(String email) {
        return db.select(CERTIFICATE.CODE).from(CERTIFICATE).join(APP_USER).on(APP_USER.ID.eq(CERTIFICATE.HOLDER_ID))
                .where(APP_USER.EMAIL.eq(email)).limit(1).fetchSingle(CERTIFICATE.CODE);
    }

    @Test
    void anyone_verifies_a_certificate_without_signing_in_and_sees_revocations_and_typos() {
        String valid = codeOf(TestUsers.LEARNER);
        open("verify/" + valid);
        waitForText(By.cssSelector(".verify-result.valid"), "Valid certificate");
        assertThat(browser().findElement(By.cssSelector(".verify-result")).getText()).contains("Elin Åkesson");

        open("verify/" + codeOf(DemoCertificates.REVOKED_HOLDER));
        waitForText(By.cssSelector(".verify-result.revoked"), "Revoked certificate");

        String typo = valid.substring(0, 5) + (valid.charAt(5) == 'A' ? 'B' : 'A') + valid.substring(6);
        open("verify/" + typo);
        waitForText(By.cssSelector(".verify-result"), "typing error");
    }

    /** Fetches a path with the browser's session cookie, as the browser's download would. */
    private java.net.http.HttpResponse<byte[]> fetchAsSignedIn(String path) throws Exception {
        String session = browser().manage().getCookieNamed("JSESSIONID").getValue();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/" + path))
                .header("Cookie", "JSESSIONID=" + session).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_holder_downloads_the_pdf_as_issued_and_another_learner_gets_a_404() throws Exception {
        String code = codeOf(TestUsers.LEARNER);
        signIn(TestUsers.LEARNER, TestUsers.DEMO_PASSWORD);
        waitForText(By.tagName("h2"), "Welcome");
        open("my-learning");
        waitForText(By.cssSelector(".my-learning-section"), "My certificates");
        var own = fetchAsSignedIn("certificates/" + code + ".pdf");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(new String(own.body(), 0, 5)).isEqualTo("%PDF-");
        byte[] stored = db.select(CERTIFICATE.PDF).from(CERTIFICATE).where(CERTIFICATE.CODE.eq(code)).fetchSingle(CERTIFICATE.PDF);
        assertThat(own.body()).isEqualTo(stored);

        browser().manage().deleteAllCookies();
        signIn("jiri.novak@example.org", TestUsers.DEMO_PASSWORD);
        waitForText(By.tagName("h2"), "Welcome");
        assertThat(fetchAsSignedIn("certificates/" + code + ".pdf").statusCode()).isEqualTo(404);
    }
}
