package eu.regioacademy.privacy;

import static eu.regioacademy.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.HttpAsUser;
import eu.regioacademy.IntegrationTest;
import eu.regioacademy.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "My data" over HTTP: the JSON of everything about the person and their participation PDF, for them only. */
@IntegrationTest
class PersonalDataControllerTest {

    private static final String JSON = "/reports/my-data.json";
    private static final String PDF = "/reports/my-participation.pdf";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext db;

    private HttpAsUser http;

    @BeforeEach
    void setUp() {
        http = new HttpAsUser(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse download(String path, String email) throws Exception {
        return http.get(path, email);
    }

    private JsonNode json(String email) throws Exception {
        MockHttpServletResponse response = download(JSON, email);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains("my-data.json");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        return JsonMapper.builder().build().readTree(response.getContentAsByteArray());
    }

    @Test
    void a_person_downloads_everything_about_them_as_json_without_secrets() throws Exception {
        long learner = TestUsers.idOf(db, TestUsers.LEARNER);
        JsonNode data = json(TestUsers.LEARNER);

        List<String> sections = new ArrayList<>(data.propertyNames());
        assertThat(sections).contains("profile", "roles", "enrolments", "lessonProgress", "quizAttempts", "quizAnswers",
                "studyVisitApplications", "exchangeApplications", "placements", "pairings", "mentoringSessions",
                "sessionNotes", "certificates", "ledgerEntries", "notifications");
        assertThat(data.get("userId").asLong()).isEqualTo(learner);
        assertThat(data.get("profile").get("email").asString()).isEqualTo(TestUsers.LEARNER);
        assertThat(data.get("profile").get("display_name").asString()).isEqualTo("Elin Åkesson");
        assertThat(data.get("roles").toString()).contains("LEARNER");
        assertThat(data.get("enrolments").size()).isPositive();
        assertThat(data.get("pairings").size()).isPositive();
        assertThat(data.get("certificates").size()).isPositive();
        assertThat(data.get("ledgerEntries").size()).isPositive();
        for (JsonNode entry : data.get("ledgerEntries")) assertThat(entry.get("user_id").asLong()).isEqualTo(learner);
        for (JsonNode certificate : data.get("certificates")) {
            assertThat(certificate.get("holder_id").asLong()).isEqualTo(learner);
            assertThat(certificate.has("pdf")).isFalse();
        }
        assertThat(data.get("profile").has("password_hash")).isFalse();
        assertThat(new String(download(JSON, TestUsers.LEARNER).getContentAsByteArray(), StandardCharsets.UTF_8))
                .doesNotContain("{bcrypt}", "$2a$");
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PERSONAL_DATA_EXPORTED")
                .and(AUDIT_LOG.ACTOR_ID.eq(learner)).and(AUDIT_LOG.TARGET_ID.eq(learner)))).isPositive();
    }

    @Test
    void the_participation_pdf_is_their_own_record() throws Exception {
        MockHttpServletResponse response = download(PDF, TestUsers.LEARNER);
        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Elin Åkesson").doesNotContain("Karin Sjöström");
        }
        long learner = TestUsers.idOf(db, TestUsers.LEARNER);
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PERSONAL_RECORD_DOWNLOADED")
                .and(AUDIT_LOG.ACTOR_ID.eq(learner)))).isPositive();
    }

    @Test
    void another_person_gets_only_their_own_data_and_an_anonymous_visitor_none() throws Exception {
        JsonNode coordinators = json(TestUsers.COORDINATOR);
        assertThat(coordinators.get("profile").get("email").asString()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(coordinators.toString()).doesNotContain(TestUsers.LEARNER);

        MockHttpServletResponse anonymous = http.getAnonymously(JSON);
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(anonymous.getContentAsString()).doesNotContain("profile");
    }
}
