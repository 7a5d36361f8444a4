package eu.regioacademy.studyvisits;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar/study-visits/{id}.ics} for a visit's participants and hosts; anyone
 * else gets the same 404 as for a visit that does not exist.
 */
@RestController
class VisitCalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final StudyVisitService visits;

    VisitCalendarController(StudyVisitService visits) {
        this.visits = visits;
    }

    @GetMapping("/calendar/study-visits/{id}.ics")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        return visits.calendar(id)
                .map(bytes -> ResponseEntity.ok().contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("study-visit-" + id + ".ics").build().toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
