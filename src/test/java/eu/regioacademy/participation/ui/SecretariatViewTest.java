package eu.regioacademy.participation.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.ui.NativeSelect;
import eu.regioacademy.participation.LedgerFixture;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.platform.ui.NotFoundView;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat and a coordinator on the dashboard, with entries in a year nothing else reaches. */
class SecretariatViewTest extends KaribuTest {

    static final String YEAR = "secretariat?from=2031-01-01&to=2031-12-31";

    @Autowired
    LedgerFixture ledger;

    @BeforeEach
    void entries() {
        ledger.entry(TestUsers.LEARNER, ParticipationKind.MODULE_COMPLETED, LocalDate.of(2031, 3, 10), "2.5", "health");
        ledger.entry(TestUsers.LEARNER, ParticipationKind.VISIT_ATTENDED, LocalDate.of(2031, 5, 2), "3", "health");
        ledger.entry(TestUsers.MENTOR, ParticipationKind.MODULE_COMPLETED, LocalDate.of(2031, 3, 20), "1.5", "funding");
    }

    private static String figure(String name) {
        // the cards are markup inside one element
        return markupTexts(".figure-" + name + " .figure-value").getFirst();
    }

    /** What a click on a figure's "show who" button sends (the cards are markup with one listener). */
    private static void showWho(String kind) {
        KeyFigureCards cards = _get(KeyFigureCards.class);
        assertThat(markupTexts(".figure-card vaadin-button[data-drill=" + kind + "]")).isNotEmpty().containsOnly("Show who");
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(KeyFigureCards.DRILL_DATA, kind);
        data.put(KeyFigureCards.DRILL_FILTER, true);
        _fireDomEvent(cards.getElement(), new DomEvent(cards.getElement(), "click", data));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void the_secretariat_sees_figures_charts_and_map_for_the_period_in_the_address() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo(YEAR);
        assertThat(figure("people")).isEqualTo("2");
        assertThat(figure("training-hours")).isEqualTo("4");
        assertThat(figure("visit-days")).isEqualTo("3");
        assertThat(_find(InlineSvg.class)).extracting(InlineSvg::markup)
                .anyMatch(svg -> svg.contains("chart-months-title") && svg.contains("Mar 31"))
                .anyMatch(svg -> svg.contains("Skåne") && svg.contains("secretariat?"));
        assertThat(_find(ChartPanel.class)).as("each chart's table comes with its drawing, not with the page")
                .allMatch(panel -> panel.markup().contains("<table><caption>"))
                .noneMatch(panel -> panel.getElement().getProperty("innerHTML", "").contains("<table"));
        assertThat(markupElements("a.export-link")).filteredOn(a -> a.text().equals("Entries (CSV)")).singleElement()
                .extracting(a -> a.attr("href")).asString()
                .contains("reports/participation/entries.csv?from=2031-01-01&to=2031-12-31");
    }

    @Test
    void the_report_link_follows_the_filter_and_the_chosen_report_language() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo(YEAR);
        @SuppressWarnings("unchecked")
        NativeSelect<java.util.Locale> language = _get(NativeSelect.class, spec -> spec.withClasses("report-language"));
        fill(language, java.util.Locale.forLanguageTag("sv"));
        fill(_get(NativeSelect.class, spec -> spec.withClasses("country-filter")), "ES");

        assertThat(markupElements("a.export-link")).extracting(a -> a.attr("href"))
                .anyMatch(href -> href.startsWith("reports/participation/report.pdf?") && href.contains("lang=sv")
                        && href.contains("country=ES"))
                .allMatch(href -> href.contains("country=ES") && href.contains("from=2031-01-01"));
    }

    @Test
    void choosing_a_country_narrows_the_figures_and_keeps_the_filter_in_the_address() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo(YEAR);
        @SuppressWarnings("unchecked")
        NativeSelect<String> country = _get(NativeSelect.class, spec -> spec.withClasses("country-filter"));
        fill(country, "ES");
        assertThat(location()).contains("country=ES").contains("from=2031-01-01");
        assertThat(figure("people")).isEqualTo("1");
        assertThat(figure("training-hours")).isEqualTo("1.5");
    }

    @Test
    void a_figure_leads_to_the_entries_behind_it() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo(YEAR);
        // the lists are built when asked for
        assertThat(_find(Grid.class)).isEmpty();
        showWho(ParticipationKind.MODULE_COMPLETED.name());
        @SuppressWarnings("unchecked")
        Grid<Object> entries = _find(Grid.class).getFirst();
        assertThat(_size(entries)).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withText("Show all activities")));
        assertThat(_size(entries)).isEqualTo(3);
    }

    @Test
    void the_drill_down_opens_on_request_with_all_entries_of_the_filter() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo(YEAR);
        _click(_get(Button.class, spec -> spec.withClasses("drill-open")));
        @SuppressWarnings("unchecked")
        Grid<Object> entries = _find(Grid.class).getFirst();
        assertThat(_size(entries)).isEqualTo(3);
        assertThat(_find(Button.class, spec -> spec.withClasses("drill-open"))).isEmpty();
    }

    @Test
    void a_coordinator_sees_their_region_and_another_region_in_the_address_is_not_found() {
        signInAs(TestUsers.COORDINATOR);
        navigateTo(YEAR);
        assertThat(figure("people")).isEqualTo("1");
        assertThat(figure("training-hours")).isEqualTo("2.5");
        navigateTo(YEAR + "&region=" + ledger.region("ES51"));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void an_unreadable_address_falls_back_to_the_last_twelve_months() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("secretariat?from=yesterday");
        assertThat(markupTexts(".figure-people .figure-value")).hasSize(1);
    }
}
