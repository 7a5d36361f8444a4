package eu.regioacademy.platform.security;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.SIGN_IN_THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Real HTTP requests against the application on a random port, with the security settings of
 * the {@code prod} profile (which itself needs an external database): headers, cookie flags,
 * error pages, sign-in throttling per client address and "sign out everywhere".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "regio.security.headers=true",
        "server.servlet.session.cookie.secure=true",
        "server.servlet.session.cookie.http-only=true",
        "server.servlet.session.cookie.same-site=lax",
        "regio.security.session-check-interval=0s",
        "regio.security.sign-in.address-failures=3"})
@ActiveProfiles("test")
class WebSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    @Autowired
    SessionValidity sessionValidity;
    @Autowired
    Environment environment;

    /**
     * A failure with SQL in its message, as a bug deep down could raise. A functional endpoint,
     * not a controller class: component scanning would put a controller into every test's context.
     */
    @TestConfiguration
    static class FailingEndpoint {
        @org.springframework.context.annotation.Bean
        RouterFunction<ServerResponse> boom() {
            return RouterFunctions.route().GET("/reports/test-only/boom", request -> {
                throw new IllegalStateException("SELECT password_hash FROM app_user WHERE email = 'x'");
            }).build();
        }
    }

    @AfterEach
    void forgetFailures() {
        db.deleteFrom(SIGN_IN_THROTTLE).execute();
        SecurityContextHolder.clearContext();
    }

    /**
     * One browser with its own session cookie. Kept by hand: the cookie is {@code Secure}, as in
     * production, and Java's cookie manager would not send it back over plain HTTP.
     */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private String session = "";

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!session.isEmpty()) {
                request.header("Cookie", "JSESSIONID=" + session);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> session = c.substring("JSESSIONID=".length(), c.indexOf(';')));
            return response;
        }
    }

    private Browser browser() {
        return new Browser();
    }

    private HttpResponse<String> get(Browser browser, String path, String accept) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET());
    }

    private HttpResponse<String> signIn(Browser browser, String email, String password) throws Exception {
        get(browser, "/login", "text/html");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static boolean signedIn(HttpResponse<String> loginResponse) {
        return loginResponse.statusCode() == 302
                && !loginResponse.headers().firstValue("Location").orElse("").contains("error");
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        HttpResponse<String> login = get(browser(), "/login", "text/html");
        assertThat(login.statusCode()).isEqualTo(200);
        var headers = login.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(headers.map().toString()).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("Strict-Transport-Security").orElseThrow()).startsWith("max-age=31536000");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
    }

    @Test
    void the_session_cookie_is_secure_http_only_and_same_site() throws Exception {
        HttpResponse<String> login = get(browser(), "/login", "text/html");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void the_prod_profile_switches_these_settings_on_and_sessions_time_out() throws IOException {
        String prod = Files.readString(Path.of("src/main/resources/application-prod.properties"));
        assertThat(prod).contains("regio.security.headers=true", "server.servlet.session.cookie.secure=true",
                "server.servlet.session.cookie.http-only=true", "server.servlet.session.cookie.same-site=lax");
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void an_error_shows_neither_stack_trace_nor_sql_nor_exception() throws Exception {
        Browser browser = browser();
        assertThat(signedIn(signIn(browser, TestUsers.LEARNER, TestUsers.DEMO_PASSWORD))).isTrue();
        for (String accept : List.of("text/html", "application/json")) {
            HttpResponse<String> error = get(browser, "/reports/test-only/boom", accept);
            assertThat(error.statusCode()).isEqualTo(500);
            assertThat(error.body()).doesNotContain("SELECT", "password_hash", "IllegalStateException",
                    "at eu.regioacademy", "Exception");
        }
    }

    @Test
    void many_failures_from_one_address_block_it_even_for_the_right_password() throws Exception {
        Browser browser = browser();
        for (int i = 0; i < 3; i++) {
            assertThat(signedIn(signIn(browser, "nobody" + i + "@example.org", "wrong password"))).isFalse();
        }
        assertThat(db.fetchExists(SIGN_IN_THROTTLE, SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNotNull())).isTrue();
        HttpResponse<String> refused = signIn(browser(), TestUsers.LEARNER, TestUsers.DEMO_PASSWORD);
        assertThat(signedIn(refused)).isFalse();
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");

        db.deleteFrom(SIGN_IN_THROTTLE).execute();
        assertThat(signedIn(signIn(browser(), TestUsers.LEARNER, TestUsers.DEMO_PASSWORD))).isTrue();
    }

    @Test
    void signing_out_everywhere_ends_the_users_other_sessions_but_not_other_users_sessions() throws Exception {
        Browser laptop = browser();
        Browser phone = browser();
        Browser colleague = browser();
        assertThat(signedIn(signIn(laptop, TestUsers.MENTOR, TestUsers.DEMO_PASSWORD))).isTrue();
        assertThat(signedIn(signIn(phone, TestUsers.MENTOR, TestUsers.DEMO_PASSWORD))).isTrue();
        assertThat(signedIn(signIn(colleague, TestUsers.COORDINATOR, TestUsers.DEMO_PASSWORD))).isTrue();
        assertThat(get(phone, "/", "text/html").statusCode()).isEqualTo(200);

        TestUsers.signIn(context, TestUsers.MENTOR);
        sessionValidity.signOutEverywhere();
        SecurityContextHolder.clearContext();

        for (Browser ended : List.of(laptop, phone)) {
            HttpResponse<String> page = get(ended, "/", "text/html");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(get(colleague, "/", "text/html").statusCode()).isEqualTo(200);
        // signing in again afterwards works as before
        assertThat(signedIn(signIn(laptop, TestUsers.MENTOR, TestUsers.DEMO_PASSWORD))).isTrue();
        assertThat(get(laptop, "/", "text/html").statusCode()).isEqualTo(200);
        Optional<java.time.Instant> mark = db.select(APP_USER.SESSIONS_VALID_AFTER).from(APP_USER)
                .where(APP_USER.EMAIL.eq(TestUsers.MENTOR)).fetchOptional(APP_USER.SESSIONS_VALID_AFTER);
        assertThat(mark).isPresent();
    }
}
