package eu.regioacademy.privacy;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.HttpAsUser;
import eu.regioacademy.IntegrationTest;
import eu.regioacademy.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public verification API after an erasure: revoked, "erased on request", no name. */
@IntegrationTest
class ErasedCertificateApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ErasureService erasure;
    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_api_says_erased_on_request_and_names_nobody() throws Exception {
        var learner = db.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.EMAIL.eq(TestUsers.LEARNER)).fetchSingle();
        String code = db.select(CERTIFICATE.CODE).from(CERTIFICATE).where(CERTIFICATE.HOLDER_ID.eq(learner.value1()))
                .limit(1).fetchSingle(CERTIFICATE.CODE);
        HttpAsUser http = new HttpAsUser(context);
        TestUsers.signIn(context, TestUsers.ADMIN);
        erasure.erase(learner.value1(), TestUsers.LEARNER);
        SecurityContextHolder.clearContext();

        var response = http.getAnonymously("/api/certificates/" + code);

        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(body);
        assertThat(json.get("status").asString()).isEqualTo("revoked");
        assertThat(json.get("revocationReason").asString()).isEqualTo("erased on request");
        assertThat(json.has("holder")).isFalse();
        assertThat(body).doesNotContain(learner.value2());
    }
}
