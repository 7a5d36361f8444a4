package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitCalendarTest extends ServiceTest {

    @Autowired
    StudyVisitService visits;
    @Autowired
    StudyVisitFixture fixture;

    @Test
    void the_calendar_file_parses_with_the_whole_visit_and_each_agenda_item_at_its_local_time() throws Exception {
        long visit = fixture.visit(VisitStatus.CONFIRMED, 5);
        fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        LocalDate start = fixture.draft(5).startsOn();
        signInAs(TestUsers.LEARNER);

        byte[] ics = visits.calendar(visit).orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(tz -> assertThat(tz.getTimeZoneId().getValue()).isEqualTo("Europe/Stockholm"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        VEvent whole = events.getFirst();
        assertThat(whole.getSummary().getValue()).isEqualTo(StudyVisitFixture.TITLE);
        assertThat((Temporal) whole.getDateTimeStart().getDate()).isEqualTo(start);
        assertThat((Temporal) whole.getDateTimeEnd().getDate()).isEqualTo(start.plusDays(2));

        VEvent welcome = events.get(1);
        assertThat(welcome.getSummary().getValue()).isEqualTo("Welcome");
        assertThat(welcome.getDateTimeStart().getParameter("TZID")).hasValueSatisfying(p ->
                assertThat(p.getValue()).isEqualTo("Europe/Stockholm"));
        ZonedDateTime at = ZonedDateTime.from(welcome.getDateTimeStart().getDate());
        assertThat(at.toInstant()).isEqualTo(ZonedDateTime.of(start, LocalTime.of(9, 0), StudyVisitFixture.STOCKHOLM).toInstant());
        assertThat(welcome.getProperty(Property.LOCATION)).hasValueSatisfying(l -> assertThat(l.getValue()).isEqualTo("Library"));
    }

    @Test
    void only_participants_and_hosts_get_the_calendar() {
        long visit = fixture.visit(VisitStatus.CONFIRMED, 5);
        fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        fixture.application(visit, "olena.kovalenko@example.org", ApplicationStatus.WAITLISTED);
        signInAs("olena.kovalenko@example.org");
        assertThat(visits.calendar(visit)).isEmpty();
        signInAs("maria.martinez@example.org");
        assertThat(visits.calendar(visit)).isEmpty();
        signInAs(TestUsers.COORDINATOR);
        assertThat(visits.calendar(visit)).isPresent();
    }
}
