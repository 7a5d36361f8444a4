package eu.regioacademy.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** A calendar app reads the private feed over HTTP without signing in; a revoked address answers 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedTest {

    @LocalServerPort
    int port;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    MentoringFixture fixture;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void remove() {
        TestUsers.useSecurityContextOf(context);
        SecurityContextHolder.clearContext();
        fixture.removeFeed(TestUsers.LEARNER);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_feed_parses_with_the_sessions_and_a_revoked_token_gives_404() throws Exception {
        TestUsers.signIn(context, TestUsers.LEARNER);
        String token = feeds.newToken();

        HttpResponse<byte[]> response = get("/calendar/feed/" + token + ".ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(response.body()));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(3)
                .allSatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("Mentoring · Jordi Puig i Ferrer"));

        String replacement = feeds.newToken();
        assertThat(get("/calendar/feed/" + token + ".ics").statusCode()).as("replaced").isEqualTo(404);
        feeds.revoke();
        assertThat(get("/calendar/feed/" + replacement + ".ics").statusCode()).as("revoked").isEqualTo(404);
        assertThat(get("/calendar/feed/not-a-token.ics").statusCode()).isEqualTo(404);
    }
}
