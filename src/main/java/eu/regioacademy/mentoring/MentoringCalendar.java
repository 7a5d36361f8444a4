package eu.regioacademy.mentoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/** Mentoring sessions as iCalendar: times in UTC, so every calendar shows them in its reader's zone. */
@Component
class MentoringCalendar {

    byte[] ics(List<SessionRepository.CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Regio Academy//Mentoring//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (SessionRepository.CalendarEntry e : entries) {
            VEvent event = new VEvent(e.startsAt(), e.endsAt(), "Mentoring · " + e.withName());
            event.add(new Uid("mentoring-session-" + e.id() + "@regio-academy"));
            event.add(new Location(e.location()));
            calendar.add(event);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CalendarOutputter(false).output(calendar, out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
