package eu.regioacademy.mentoring;

import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar/feed/{token}.ics}: a person's sessions for calendar apps (the secret
 * token is the key; unknown or revoked gives 404). {@code /calendar/mentoring-sessions/{id}.ics}:
 * one session, for its two people only.
 */
@RestController
class MentoringCalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeedService feeds;
    private final SessionService sessions;

    MentoringCalendarController(CalendarFeedService feeds, SessionService sessions) {
        this.feeds = feeds;
        this.sessions = sessions;
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return respond(feeds.feed(token), "regio-academy.ics");
    }

    @GetMapping("/calendar/mentoring-sessions/{id}.ics")
    ResponseEntity<byte[]> session(@PathVariable long id) {
        return respond(sessions.ics(id), "mentoring-session-" + id + ".ics");
    }

    private static ResponseEntity<byte[]> respond(Optional<byte[]> ics, String filename) {
        return ics.map(bytes -> ResponseEntity.ok().contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
