package eu.regioacademy.participation;

import static eu.regioacademy.participation.ParticipationKind.CERTIFICATE_ISSUED;
import static eu.regioacademy.participation.ParticipationKind.EXCHANGE_COMPLETED;
import static eu.regioacademy.participation.ParticipationKind.MODULE_COMPLETED;
import static eu.regioacademy.participation.ParticipationKind.MODULE_ENROLLED;
import static eu.regioacademy.participation.ParticipationKind.VISIT_ATTENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.mentoring.MentoringFixture;
import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Figures for a year no demo data reaches (2031), computed by hand from the entries below:
 * <pre>
 * Elin  (Skåne, SE, Baltic Sea)         2031-03-10 module completed 2.5 h [health]
 *                                       2031-03-10 certificate issued
 *                                       2031-05-02 visit attended 3 days [employment, health]
 * Jordi (Catalunya, ES, Intermediterr.) 2031-03-20 module completed 1.5 h [funding]
 *                                       2031-06-30 exchange completed 2 weeks [employment]
 * Ana   (Açores, PT, Islands)           2031-04-01 module enrolled
 * Elin                                  2030-09-01 module completed 1 h (the previous year)
 * </pre>
 */
class ParticipationDashboardServiceTest extends ServiceTest {

    static final String ELIN = TestUsers.LEARNER;
    static final String JORDI = TestUsers.MENTOR;
    static final String ANA = "ana.sousa@example.org";
    static final LocalDate FROM = LocalDate.of(2031, 1, 1);
    static final LocalDate TO = LocalDate.of(2031, 12, 31);

    @Autowired
    ParticipationDashboardService dashboards;
    @Autowired
    LedgerFixture ledger;
    @Autowired
    MentoringFixture mentoring;

    @BeforeEach
    void entries() {
        ledger.entry(ELIN, MODULE_COMPLETED, LocalDate.of(2031, 3, 10), "2.5", "health");
        ledger.entry(ELIN, CERTIFICATE_ISSUED, LocalDate.of(2031, 3, 10), "2.5", "");
        ledger.entry(ELIN, VISIT_ATTENDED, LocalDate.of(2031, 5, 2), "3", "employment,health");
        ledger.entry(JORDI, MODULE_COMPLETED, LocalDate.of(2031, 3, 20), "1.5", "funding");
        ledger.entry(JORDI, EXCHANGE_COMPLETED, LocalDate.of(2031, 6, 30), "2", "employment");
        ledger.entry(ANA, MODULE_ENROLLED, LocalDate.of(2031, 4, 1), "0", "");
        ledger.entry(ELIN, MODULE_COMPLETED, LocalDate.of(2030, 9, 1), "1", "health");
    }

    static ParticipationFilter year() {
        return new ParticipationFilter(FROM, TO, Set.of(), null, null, Set.of(), null);
    }

    @Test
    void figures_of_the_whole_network_match_the_entries_and_the_previous_year() {
        signInAs(TestUsers.SECRETARIAT);
        Dashboard d = dashboards.dashboard(year());
        assertFigures(d.current(), 3, 3, "4", 2, "3", "2", 1);
        assertFigures(d.previous(), 1, 1, "1", 1, "0", "0", 0);
        assertThat(d.months()).containsExactly(new MonthActivity(YearMonth.of(2031, 3), 3),
                new MonthActivity(YearMonth.of(2031, 4), 1), new MonthActivity(YearMonth.of(2031, 5), 1),
                new MonthActivity(YearMonth.of(2031, 6), 1));
        assertThat(d.kinds()).extracting(KindActivity::kind, KindActivity::entries)
                .startsWith(org.assertj.core.groups.Tuple.tuple(MODULE_COMPLETED, 2L));
        assertThat(d.regions()).hasSizeGreaterThan(50);
        RegionActivity skane = d.regions().stream().filter(r -> r.nutsCode().equals("SE224")).findFirst().orElseThrow();
        assertThat(skane.entries()).isEqualTo(3);
        assertThat(skane.visitDays()).isEqualByComparingTo("3");
        assertThat(d.regions().get(0).entries()).isEqualTo(3);
        assertThat(d.regions()).filteredOn(r -> r.entries() == 0).isNotEmpty();
    }

    @Test
    void each_filter_narrows_the_figures_as_computed_by_hand() {
        signInAs(TestUsers.SECRETARIAT);
        assertFigures(dashboards.dashboard(new ParticipationFilter(FROM, TO, Set.of(), "SE", null, Set.of(), null))
                .current(), 1, 1, "2.5", 1, "3", "0", 1);
        assertFigures(dashboards.dashboard(new ParticipationFilter(FROM, TO, Set.of(ledger.region("ES51")), null, null,
                Set.of(), null)).current(), 1, 1, "1.5", 1, "0", "2", 0);
        assertFigures(dashboards.dashboard(new ParticipationFilter(FROM, TO, Set.of(), null, Commission.ISLANDS,
                Set.of(), null)).current(), 1, 1, "0", 0, "0", "0", 0);
        assertFigures(dashboards.dashboard(year().withKinds(Set.of(MODULE_COMPLETED))).current(),
                2, 2, "4", 2, "0", "0", 0);
        assertFigures(dashboards.dashboard(new ParticipationFilter(FROM, TO, Set.of(), null, null, Set.of(), "health"))
                .current(), 1, 1, "2.5", 1, "3", "0", 0);
        assertFigures(dashboards.dashboard(new ParticipationFilter(FROM, TO, Set.of(), null, null, Set.of(), "employment"))
                .current(), 2, 2, "0", 0, "3", "2", 0);
        assertFigures(dashboards.dashboard(new ParticipationFilter(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31),
                Set.of(), null, null, Set.of(), null)).current(), 2, 2, "4", 2, "0", "0", 1);
    }

    @Test
    void the_drill_down_lists_the_entries_and_people_behind_a_figure() throws Exception {
        signInAs(TestUsers.SECRETARIAT);
        ParticipationFilter modules = year().withKinds(Set.of(MODULE_COMPLETED));
        assertThat(dashboards.countEntries(modules)).isEqualTo(2);
        assertThat(dashboards.entries(modules, PageRequest.first(10))).extracting(LedgerLine::quantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1.5"), new BigDecimal("2.5"));
        assertThat(dashboards.entries(year(), new PageRequest(5, 5, List.of()))).hasSize(1);
        assertThat(dashboards.countPeople(year())).isEqualTo(3);
        assertThat(dashboards.people(year(), PageRequest.first(10))).first()
                .satisfies(p -> assertThat(p.entries()).isEqualTo(3));
        List<LedgerLine> streamed = new ArrayList<>();
        dashboards.readEntries(year(), lines -> lines.forEachRemaining(streamed::add));
        assertThat(streamed).hasSize(6).isSortedAccordingTo(java.util.Comparator.comparing(LedgerLine::occurredAt));
    }

    @Test
    void a_coordinator_sees_only_their_own_region_and_is_refused_any_other() {
        signInAs(TestUsers.COORDINATOR);
        Dashboard own = dashboards.dashboard(year());
        assertFigures(own.current(), 1, 1, "2.5", 1, "3", "0", 1);
        assertThat(own.regions()).extracting(RegionActivity::nutsCode).containsExactly("SE224");
        assertThat(dashboards.regions()).extracting(RegionInfo::nutsCode).containsExactly("SE224");
        assertThat(dashboards.countEntries(year())).isEqualTo(3);
        ParticipationFilter catalonia = year().withRegions(Set.of(ledger.region("ES51")));
        assertThatThrownBy(() -> dashboards.dashboard(catalonia)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.entries(catalonia, PageRequest.first(5))).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboards.dashboard(new ParticipationFilter(FROM, TO, Set.of(), "ES", null, Set.of(), null))
                .current().people()).isZero();
    }

    @Test
    void a_pair_with_a_session_held_in_the_period_is_active_and_one_without_is_quiet() {
        signInAs(TestUsers.SECRETARIAT);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        ParticipationFilter todayOnly = new ParticipationFilter(today, today, Set.of(), null, null, Set.of(), null);
        KeyFigures before = dashboards.dashboard(todayOnly).current();
        long withSession = mentoring.activePairing(MentoringFixture.MENTOR, MentoringFixture.OLENA);
        mentoring.heldSession(withSession, java.time.Instant.now().minusSeconds(60));
        mentoring.activePairing("giuseppe.esposito@example.org", MentoringFixture.JIRI);
        KeyFigures after = dashboards.dashboard(todayOnly).current();
        assertThat(after.activePairs()).isEqualTo(before.activePairs() + 1);
        assertThat(after.quietPairs()).isEqualTo(before.quietPairs() + 1);
        assertThat(dashboards.dashboard(todayOnly.withKinds(Set.of(MODULE_COMPLETED))).current().activePairs()).isZero();
    }

    @Test
    void learners_and_mentors_cannot_open_the_dashboard() {
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> dashboards.dashboard(year())).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.MENTOR);
        assertThatThrownBy(() -> dashboards.countEntries(year())).isInstanceOf(AccessDeniedException.class);
    }

    static void assertFigures(KeyFigures f, long people, long regions, String hours, long modules, String visitDays,
                              String weeks, long certificates) {
        assertThat(f.people()).as("people").isEqualTo(people);
        assertThat(f.regions()).as("regions").isEqualTo(regions);
        assertThat(f.trainingHours()).as("training hours").isEqualByComparingTo(hours);
        assertThat(f.modulesCompleted()).as("modules").isEqualTo(modules);
        assertThat(f.visitDays()).as("visit days").isEqualByComparingTo(visitDays);
        assertThat(f.exchangeWeeks()).as("exchange weeks").isEqualByComparingTo(weeks);
        assertThat(f.certificates()).as("certificates").isEqualTo(certificates);
    }
}
