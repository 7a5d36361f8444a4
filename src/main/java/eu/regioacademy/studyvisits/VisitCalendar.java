package eu.regioacademy.studyvisits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * The visit as an iCalendar file: one all-day event for the whole visit, and one event
 * per agenda item at its local time in the host region's time zone (with that zone's
 * definition included), so every calendar shows it right wherever the reader is.
 */
@Component
class VisitCalendar {

    byte[] ics(VisitDetails visit, String language) {
        ZoneId zone = ZoneId.of(visit.timeZone());
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Regio Academy//Study visits//" + language.toUpperCase(java.util.Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // the registry may resolve a zone to its tz alias (Europe/Stockholm → Europe/Berlin): the
        // definition must carry the TZID the events use, or strict clients cannot match them
        VTimeZone definition = (VTimeZone) registry.getTimeZone(zone.getId()).getVTimeZone().copy();
        definition.replace(new TzId(zone.getId()));
        calendar.add(definition);
        String place = visit.venue().isBlank() ? visit.city() : visit.venue() + ", " + visit.city();

        VEvent whole = new VEvent(visit.startsOn(), visit.endsOn().plusDays(1), visit.title());
        whole.add(new Uid("study-visit-" + visit.id() + "@regio-academy"));
        whole.add(new Location(place + " (" + visit.hostRegion() + ")"));
        whole.add(new Description(visit.description()));
        calendar.add(whole);

        int n = 0;
        for (VisitDraft.AgendaItem item : visit.agenda()) {
            n++;
            VEvent event = new VEvent(ZonedDateTime.of(item.day(), item.startsAt(), zone),
                    ZonedDateTime.of(item.day(), item.endsAt(), zone), item.title());
            event.add(new Uid("study-visit-" + visit.id() + "-item-" + n + "@regio-academy"));
            if (!item.place().isBlank()) event.add(new Location(item.place()));
            if (!item.speaker().isBlank()) event.add(new Description(item.speaker()));
            calendar.add(event);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CalendarOutputter(false).output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
