package eu.regioacademy.participation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.HttpAsUser;
import eu.regioacademy.IntegrationTest;
import eu.regioacademy.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;

/** The download over HTTP: each signed-in person gets their own record, an anonymous visitor none. */
@IntegrationTest
class PersonalRecordControllerTest {

    private static final String PATH = "/reports/my-participation.pdf";

    @Autowired
    WebApplicationContext context;

    private HttpAsUser http;

    @BeforeEach
    void setUp() {
        http = new HttpAsUser(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse download(String email, String query) throws Exception {
        return http.get(PATH + query, email);
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        try (PDDocument doc = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void each_person_downloads_their_own_record_and_nobody_elses() throws Exception {
        MockHttpServletResponse learners = download(TestUsers.LEARNER, "");
        assertThat(learners.getStatus()).isEqualTo(200);
        assertThat(learners.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(learners.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename=\"participation-record.pdf\"");
        assertThat(text(learners)).contains("Elin Åkesson").doesNotContain("Karin Sjöström");

        MockHttpServletResponse coordinators = download(TestUsers.COORDINATOR, "");
        assertThat(coordinators.getStatus()).isEqualTo(200);
        assertThat(text(coordinators)).contains("Karin Sjöström", "Sammanställning av deltagande").doesNotContain("Elin Åkesson");
    }

    @Test
    void the_language_parameter_chooses_the_language_of_the_record() throws Exception {
        assertThat(text(download(TestUsers.LEARNER, "?lang=es"))).contains("Historial de participación");
    }

    @Test
    void an_anonymous_visitor_gets_no_record() throws Exception {
        MockHttpServletResponse response = http.getAnonymously(PATH);
        // the browser is sent to sign in, as for every page behind the login
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(response.getContentType()).isNotEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(response.getContentAsString()).doesNotStartWith("%PDF");
    }
}
