package eu.regioacademy.mentoring.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.mentoring.PairingStatus;
import eu.regioacademy.mentoring.PairingService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mentee, the mentor and the secretariat, each through their screens. */
class MentoringFlowTest extends KaribuTest {

    @Autowired
    MentoringFixture fixture;
    @Autowired
    PairingService pairings;

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @Test
    void a_mentee_picks_a_suggested_mentor_who_accepts_and_the_pairing_starts() {
        signInAs(MentoringFixture.JIRI);
        navigateTo("mentoring");
        assertThat(_find(Button.class, spec -> spec.withText("Ask Jordi Puig i Ferrer"))).hasSize(1);
        click("Ask Jordi Puig i Ferrer");
        expectNotifications("Your request went to the mentor, who will accept or decline.");

        signInAs(MentoringFixture.MENTOR);
        long pairing = pairings.mine().stream().filter(p -> p.menteeName().equals("Jiří Novák")).findFirst().orElseThrow().id();
        navigateTo("mentoring/pairings/" + pairing);
        click("Accept");
        expectNotifications("Accepted.");
        assertThat(fixture.status(pairing)).isEqualTo(PairingStatus.ACTIVE);
    }

    @Test
    void the_mentor_proposes_a_session_inside_his_availability_and_sees_it_planned() {
        long pairing = fixture.demoPairing();
        signInAs(MentoringFixture.MENTOR);
        navigateTo("mentoring/pairings/" + pairing);
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        LocalDate thursday = LocalDate.now(madrid).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        DateTimePicker start = _get(DateTimePicker.class);
        fill(start, thursday.atTime(LocalTime.of(10, 0)));
        fill(_get(TextField.class, spec -> spec.withLabel("Link or place")), "https://meet.example.org/regio");
        click("Propose");
        expectNotifications("Session proposed; the other person has been told.");
        assertThat(_find(Span.class).stream().map(Span::getText).filter("Planned"::equals).count()).isEqualTo(2);
    }

    @Test
    void a_coordinator_follows_the_pairing_without_seeing_any_notes() {
        long pairing = fixture.demoPairing();
        signInAs(TestUsers.LEARNER);
        navigateTo("mentoring/pairings/" + pairing);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Notes"))).isNotEmpty()
                .anySatisfy(notes -> assertThat(notes.getValue()).isNotBlank());

        signInAs(TestUsers.COORDINATOR);
        navigateTo("mentoring/pairings/" + pairing);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Notes"))).isEmpty();
        assertThat(_find(Span.class).stream().map(Span::getText).filter("Held"::equals).count()).isEqualTo(2);
    }

    @Test
    void the_secretariat_previews_the_optimal_matching_and_proposes_it() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("mentoring/cycles");
        click("Preview");
        @SuppressWarnings("unchecked")
        Grid<eu.regioacademy.mentoring.MatchPlan.Planned> plan = _find(Grid.class).get(1);
        assertThat(_size(plan)).isGreaterThanOrEqualTo(2);
        click("Propose these pairs");
        expectNotifications("Pairs proposed; mentors and mentees have been asked to accept.");
        signInAs(MentoringFixture.OLENA);
        assertThat(pairings.mine()).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PairingStatus.PROPOSED));
    }

    @Test
    void someone_elses_pairing_is_not_found() {
        long pairing = fixture.demoPairing();
        signInAs(MentoringFixture.OLENA);
        navigateTo("mentoring/pairings/" + pairing);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView())
                .isInstanceOf(eu.regioacademy.platform.ui.NotFoundView.class);
    }
}
