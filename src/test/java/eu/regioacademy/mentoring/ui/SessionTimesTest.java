package eu.regioacademy.mentoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionTimesTest {

    private static final ZoneId AZORES = ZoneId.of("Atlantic/Azores");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void each_person_sees_the_session_on_their_own_clock_before_and_after_the_summer_time_change() {
        // Europe changes on 28 March 2027 at 01:00 UTC; Azores and Stockholm both shift, two hours apart all year
        Instant winter = Instant.parse("2027-03-23T15:00:00Z");
        Instant summer = Instant.parse("2027-03-30T15:00:00Z");
        assertThat(SessionTimes.inZone(winter, winter.plusSeconds(3600), STOCKHOLM, Locale.UK)).isEqualTo("23 Mar 2027, 16:00–17:00");
        assertThat(SessionTimes.inZone(summer, summer.plusSeconds(3600), STOCKHOLM, Locale.UK)).isEqualTo("30 Mar 2027, 17:00–18:00");
        assertThat(SessionTimes.otherClock(winter, STOCKHOLM, AZORES, Locale.UK)).isEqualTo("14:00");
        assertThat(SessionTimes.otherClock(summer, STOCKHOLM, AZORES, Locale.UK)).isEqualTo("15:00");
    }

    @Test
    void the_other_clock_is_left_out_when_both_read_the_same_time() {
        Instant at = Instant.parse("2027-03-30T15:00:00Z");
        assertThat(SessionTimes.otherClock(at, STOCKHOLM, ZoneId.of("Europe/Madrid"), Locale.UK)).isNull();
    }

    @Test
    void during_the_week_when_only_one_side_has_changed_the_gap_shows_as_it_really_is() {
        // New York moved on 14 March 2027, Stockholm only on 28 March: the gap is five hours, not six
        Instant at = Instant.parse("2027-03-23T15:00:00Z");
        assertThat(SessionTimes.otherClock(at, STOCKHOLM, ZoneId.of("America/New_York"), Locale.UK)).isEqualTo("11:00");
    }
}
