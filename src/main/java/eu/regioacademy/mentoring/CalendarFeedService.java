package eu.regioacademy.mentoring;

import jakarta.annotation.security.PermitAll;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed: a secret, unguessable address (256 random bits)
 * that calendar apps subscribe to. A new address revokes the old one; revoking leaves none.
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final SessionRepository sessions;
    private final MentoringCalendar calendar;
    private final MentoringAccess access;
    private final Clock clock;
    private final String publicBaseUrl;

    CalendarFeedService(CalendarFeedRepository feeds, SessionRepository sessions, MentoringCalendar calendar,
                        MentoringAccess access, Clock clock,
                        @org.springframework.beans.factory.annotation.Value("${regio.public-base-url:http://localhost:8080}")
                        String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.feeds = feeds;
        this.sessions = sessions;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> myToken() {
        return feeds.tokenOf(access.user().id());
    }

    /** The address calendar apps subscribe to. */
    // builds an address; no data
    @PermitAll
    public String feedUrl(String token) {
        return publicBaseUrl + "/calendar/feed/" + token + ".ics";
    }

    @PermitAll
    @Transactional
    public String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.replace(access.user().id(), token, clock.instant());
        return token;
    }

    @PermitAll
    @Transactional
    public void revoke() {
        feeds.revoke(access.user().id());
    }

    /** The feed behind a token; empty for an unknown or revoked one. Needs no sign-in: the token is the key. */
    // calendar apps read without signing in: the 256-bit token is the key
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> feed(String token) {
        if (!token.matches("[A-Za-z0-9_-]{43}")) return Optional.empty();
        return feeds.userOf(token).map(user -> calendar.ics(sessions.calendarOf(user)));
    }
}
