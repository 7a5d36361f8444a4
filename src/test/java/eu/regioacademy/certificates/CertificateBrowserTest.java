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

    @Test
    void machines_verify_through_the_json_api_which_limits_the_rate_and_lists_nothing() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
            try {
                return client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/" + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String valid = codeOf(TestUsers.LEARNER);
        var ok = get.apply("api/certificates/" + valid);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"status\":\"valid\"", "Elin Åkesson");
        assertThat(get.apply("api/certificates/" + codeOf(DemoCertificates.REVOKED_HOLDER)).body()).contains("\"revoked\"");
        String typo = valid.substring(0, 3) + (valid.charAt(3) == 'A' ? 'B' : 'A') + valid.substring(4);
        assertThat(get.apply("api/certificates/" + typo).body()).contains("typing-error");
        assertThat(get.apply("api/certificates").statusCode()).isNotEqualTo(200);
        int status = 0;
        for (int i = 0; i < 2 * CertificateApiController.REQUESTS_PER_MINUTE + 1 && status != 429; i++) {
            status = get.apply("api/certificates/" + valid).statusCode();
        }
        assertThat(status).isEqualTo(429);
    }
}
