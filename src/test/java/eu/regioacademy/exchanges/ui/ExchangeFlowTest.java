package eu.regioacademy.exchanges.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.RowTemplates;
import eu.regioacademy.TestUsers;
import eu.regioacademy.exchanges.AllocationService;
import eu.regioacademy.exchanges.ExchangeApplicationStatus;
import eu.regioacademy.exchanges.ExchangeFixture;
import eu.regioacademy.exchanges.ExchangeService;
import eu.regioacademy.exchanges.Placement;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The participant, the host coordinator, the supervisor and the secretariat, each on their screens. */
class ExchangeFlowTest extends KaribuTest {

    @Autowired
    ExchangeFixture fixture;
    @Autowired
    ExchangeService exchanges;
    @Autowired
    AllocationService allocations;

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @Test
    void a_participant_applies_to_a_placement_with_a_preference_and_dates() {
        signInAs("olena.kovalenko@example.org");
        navigateTo("exchanges");
        @SuppressWarnings("unchecked")
        Grid<Placement> placements = _get(Grid.class);
        int row = 0;
        while (!com.github.mvysny.kaributesting.v10.GridKt._get(placements, row).hostRegion().equals("Puglia")) row++;
        Placement puglia = com.github.mvysny.kaributesting.v10.GridKt._get(placements, row);
        assertThat(RowTemplates.property(placements, "actions", "apply", puglia)).as("the Apply button's text").isEqualTo("Apply");
        assertThat(RowTemplates.property(placements, "actions", "allocate", puglia)).as("no Allocate link for a participant")
                .isEqualTo("");
        RowTemplates.call(placements, "actions", "apply", puglia);
        LocalDate start = fixture.call().periodStarts().plusWeeks(1);
        fill(_get(DatePicker.class, spec -> spec.withLabel("First day")), start);
        fill(_get(DatePicker.class, spec -> spec.withLabel("Last day")), start.plusWeeks(3).minusDays(1));
        fill(_get(TextArea.class, spec -> spec.withLabel("Why do you want to take part?")), "Our AMIF application next year");
        _click(_find(Button.class, spec -> spec.withText("Apply")).getLast());
        expectNotifications("Application sent; your regional coordinator has been asked to endorse it.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Preference 1: Regional AMIF programme office (Puglia) · Awaiting endorsement");
    }

    @Test
    void the_allocate_link_shows_on_the_coordinators_own_regions_placements_only() {
        signInAs(TestUsers.COORDINATOR);
        navigateTo("exchanges");
        @SuppressWarnings("unchecked")
        Grid<Placement> placements = _get(Grid.class);
        assertThat(RowTemplates.property(placements, "actions", "allocate", fixture.placement("Skåne"))).isEqualTo("Allocate");
        assertThat(RowTemplates.property(placements, "actions", "allocate", fixture.placement("Puglia"))).isEqualTo("");
        assertThat(RowTemplates.property(placements, "actions", "id", fixture.placement("Skåne")))
                .as("the link's target").isEqualTo(fixture.placement("Skåne").id());
    }

    @Test
    void the_host_coordinator_publishes_a_placement_and_allocates_an_endorsed_applicant() {
        long application = fixture.application("francesca.lorusso@example.org", fixture.placement("Skåne"), 1,
                fixture.call().periodStarts().plusWeeks(1), fixture.call().periodStarts().plusWeeks(4), true);
        signInAs(TestUsers.COORDINATOR);
        navigateTo("exchanges");
        click("Publish a placement");
        fill(_get(TextField.class, spec -> spec.withLabel("Department")), "Regional integration unit");
        fill(_get(TextArea.class, spec -> spec.withLabel("What the guest will work on")), "The regional integration plan");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> topics = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Topics"));
        fill(topics, Set.of("integration-policy"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> languages = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Working languages"));
        fill(languages, Set.of("en", "sv"));
        fill(_get(EmailField.class), "olena.kovalenko@example.org");
        _click(_find(Button.class, spec -> spec.withText("Publish a placement")).getLast());
        expectNotifications("Placement published.");

        navigateTo("exchanges/placements/" + fixture.placement("Skåne").id());
        @SuppressWarnings("unchecked")
        Grid<eu.regioacademy.exchanges.ExchangeApplication> desk = _get(Grid.class);
        int row = 0;
        while (com.github.mvysny.kaributesting.v10.GridKt._get(desk, row).id() != application) row++;
        _click((Button) _getCellComponent(desk, row, "decide"));
        expectNotifications("Placement allocated; the participant has been told.");
        assertThat(fixture.status(application)).isEqualTo(ExchangeApplicationStatus.ALLOCATED);
    }

    @Test
    void the_supervisor_comments_and_evaluates_and_both_regions_sign_the_recognition() {
        long application = fixture.application("olena.kovalenko@example.org", fixture.placement("Puglia"), 1,
                fixture.call().periodStarts().plusWeeks(1), fixture.call().periodStarts().plusWeeks(4), true);
        signInAs(TestUsers.SECRETARIAT);
        long allocation = allocations.allocate(application);
        signInAs("olena.kovalenko@example.org");
        allocations.addLog(allocation, fixture.call().periodStarts().plusWeeks(1), "First week with the AMIF unit");
        allocations.submitReport(allocation, "Drafted the call", "AMIF rules");

        signInAs("francesca.lorusso@example.org");
        navigateTo("exchanges/allocations/" + allocation);
        fill(_get(TextField.class, spec -> spec.withPlaceholder("Comment")), "Well done");
        click("Comment");
        expectNotifications("Comment saved.");
        fill(_get(TextArea.class, spec -> spec.withLabel("Your evaluation of the placement")), "An excellent colleague.");
        click("Send the evaluation");
        expectNotifications("Evaluation sent.");
        click("Sign the recognition record");
        expectNotifications("Signed. The record is issued once both regions have signed.");
        signInAs(TestUsers.COORDINATOR);
        navigateTo("exchanges/allocations/" + allocation);
        click("Sign the recognition record");
        expectNotifications("Signed. The record is issued once both regions have signed.");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getText()))
                .contains("Recognition record (PDF)");

        signInAs("maria.martinez@example.org");
        navigateTo("exchanges/allocations/" + allocation);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView())
                .as("someone else's placement is not found").isInstanceOf(eu.regioacademy.platform.ui.NotFoundView.class);
    }

    @Test
    void the_secretariat_opens_a_call_with_its_rate_tables() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("exchanges");
        click("Open an exchange call");
        fill(_get(TextField.class, spec -> spec.withLabel("Name")), "Autumn exchange");
        fill(_find(TextArea.class, spec -> spec.withLabel("Description")).getFirst(), "Placements in the autumn");
        fill(_get(DatePicker.class, spec -> spec.withLabel("Applications open")), LocalDate.now());
        fill(_get(DatePicker.class, spec -> spec.withLabel("Applications close")), LocalDate.now().plusWeeks(4));
        fill(_get(DatePicker.class, spec -> spec.withLabel("Placements from")), LocalDate.now().plusMonths(2));
        fill(_get(DatePicker.class, spec -> spec.withLabel("Placements until")), LocalDate.now().plusMonths(6));
        _click(_find(Button.class, spec -> spec.withText("Open an exchange call")).getLast());
        expectNotifications("Call opened.");
        assertThat(exchanges.calls("en")).extracting(c -> c.name()).contains("Autumn exchange");
        assertThat(_size(_find(Grid.class).getFirst())).isGreaterThanOrEqualTo(0);
    }
}
