package eu.regioacademy.platform.load;

import static org.assertj.core.api.Assertions.assertThat;

import static eu.regioacademy.db.Tables.STUDY_VISIT;

import eu.regioacademy.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/** The load driver's protocol against the real app, so a change in Vaadin's protocol breaks the build, not the next load run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VirtualBrowserTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final RoundTrips trips = new RoundTrips();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DSLContext db;

    @Test
    void a_virtual_user_signs_in_opens_views_filters_and_clicks_as_a_browser_does() throws Exception {
        VirtualBrowser browser = new VirtualBrowser(http, URI.create("http://localhost:" + port + "/"), trips);

        browser.signIn(TestUsers.LEARNER, TestUsers.DEMO_PASSWORD, true);
        assertThat(browser.title()).isEqualTo("Home · Regio Academy");
        assertThat(browser.tree().navigationPaths()).contains("catalog", VirtualUser.STUDY_VISITS);

        long before = trips.requests("uidl");
        browser.navigate(VirtualUser.STUDY_VISITS);
        assertThat(browser.title()).isEqualTo("Study visits · Regio Academy");
        assertThat(trips.requests("uidl") - before).as("the navigation and the grid confirming its rows").isEqualTo(2);
        browser.toggle(browser.tree().find(UiTree.tag("vaadin-checkbox")).orElseThrow(), "filter study visits");

        before = trips.requests("uidl");
        browser.navigate("catalog");
        assertThat(browser.title()).isEqualTo("Training catalogue · Regio Academy");
        assertThat(trips.requests("uidl") - before).as("the navigation and the list asking for its rows").isGreaterThanOrEqualTo(2);

        browser.click(browser.tree().find(n -> n.hasClass("notification-bell")).orElseThrow(), "click bell");
        assertThat(browser.title()).startsWith("Notifications");

        assertThat(trips.errors()).isEmpty();
        assertThat(trips.requests("uidl")).as("navigations, the filter, the click and the follow-ups a browser sends")
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_repeated_message_is_answered_again_with_the_same_json_kept_at_one_byte_a_character() throws Exception {
        VirtualBrowser browser = new VirtualBrowser(http, URI.create("http://localhost:" + port + "/"), trips);
        browser.keepAnswers();
        browser.signIn(TestUsers.LEARNER, TestUsers.DEMO_PASSWORD, false);
        // server-built markup is in its Latin-1 form already; a visit's page shows its dates as text, with an en dash
        long visit = db.select(STUDY_VISIT.ID).from(STUDY_VISIT).where(STUDY_VISIT.ENDS_ON.gt(STUDY_VISIT.STARTS_ON))
                .orderBy(STUDY_VISIT.ID).limit(1).fetchSingle(STUDY_VISIT.ID);
        browser.navigate("study-visits/" + visit);

        String[] answers = browser.repeatLastMessage();

        assertThat(answers[0]).as("Vaadin's answer, the visit's dates as text").contains("\u2013");
        assertThat(JSON.readTree(answers[1])).isEqualTo(JSON.readTree(answers[0]));
        assertThat(answers[1].chars()).as("the answer Vaadin kept, and sent again").allMatch(c -> c <= 0xFF);
        assertThat(trips.errors()).isEmpty();
    }

    @Test
    void the_floor_view_answers_a_click() throws Exception {
        VirtualBrowser browser = new VirtualBrowser(http, URI.create("http://localhost:" + port + "/"), trips);
        browser.open(FloorView.ROUTE);
        browser.click(browser.tree().find(n -> n.hasClass("floor-button")).orElseThrow(), "click floor button");
        assertThat(trips.summaries()).containsKeys("open " + FloorView.ROUTE, "click floor button");
    }
}
