package eu.regioacademy.exchanges;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ExchangeServiceTest extends ServiceTest {

    private static final String OLENA = "olena.kovalenko@example.org";
    private static final String JIRI = "jiri.novak@example.org";

    @Autowired
    ExchangeService exchanges;
    @Autowired
    AllocationService allocations;
    @Autowired
    ExchangeFixture fixture;
    @Autowired
    DSLContext db;

    private LocalDate start() {
        return fixture.call().periodStarts().plusWeeks(1);
    }

    @Test
    void staff_apply_to_up_to_the_calls_number_of_placements_with_distinct_preferences() {
        signInAs(OLENA);
        Placement murcia = fixture.placement("Región de Murcia");
        Placement puglia = fixture.placement("Puglia");
        exchanges.apply(murcia.id(), 1, "Employer partnerships", start(), start().plusWeeks(3).minusDays(1));
        assertThatThrownBy(() -> exchanges.apply(puglia.id(), 1, "AMIF", start(), start().plusWeeks(3).minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("rank", "exchange.error.duplicate"));
        assertThatThrownBy(() -> exchanges.apply(puglia.id(), 2, "AMIF", start(), start().plusDays(6)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("until", "exchange.error.length"));
        exchanges.apply(puglia.id(), 2, "AMIF", start(), start().plusWeeks(2).minusDays(1));
        assertThat(exchanges.myApplications()).extracting(ExchangeApplication::rank).containsExactly(1, 2);
    }

    @Test
    void only_the_coordinator_of_the_applicants_own_region_endorses() {
        signInAs(OLENA);
        long id = exchanges.apply(fixture.placement("Puglia").id(), 1, "AMIF", start(), start().plusWeeks(2).minusDays(1));
        signInAs("maria.martinez@example.org");
        assertThatThrownBy(() -> exchanges.endorse(id, true, null)).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.SECRETARIAT);
        assertThatThrownBy(() -> exchanges.endorse(id, true, null)).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.COORDINATOR);
        assertThat(exchanges.toEndorse()).extracting(ExchangeApplication::id).contains(id);
        exchanges.endorse(id, true, "Fits our AMIF plans");
        assertThat(fixture.status(id)).isEqualTo(ExchangeApplicationStatus.ENDORSED);
    }

    @Test
    void places_are_never_exceeded_and_a_person_gets_one_placement_per_call_and_no_overlaps() {
        Placement murcia = fixture.placement("Región de Murcia"); // one place
        long olena = fixture.application(OLENA, murcia, 1, start(), start().plusWeeks(3), true);
        long jiri = fixture.application(JIRI, murcia, 2, start(), start().plusWeeks(3), true);
        long olenaSkane = fixture.application(OLENA, fixture.placement("Skåne"), 2, start(), start().plusWeeks(3), true);
        signInAs(TestUsers.SECRETARIAT);
        allocations.allocate(olena);
        assertThatThrownBy(() -> allocations.allocate(jiri)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("application", "exchange.error.full"));
        assertThat(fixture.status(olenaSkane)).as("her other applications in the call close").isEqualTo(ExchangeApplicationStatus.NOT_ALLOCATED);
        assertThat(allocations.candidates(fixture.placement("Skåne").id())).filteredOn(a -> a.id() == olenaSkane)
                .singleElement().satisfies(a -> assertThat(a.conflict()).isEqualTo("exchange.conflict.placed-in-call"));
    }

    @Test
    void nobody_gets_overlapping_placements_across_calls() {
        ExchangeCall first = fixture.call();
        signInAs(TestUsers.SECRETARIAT);
        long second = exchanges.openCall(new CallDraft("Second call", java.util.Map.of("en", "Autumn"), LocalDate.now().minusDays(1),
                LocalDate.now().plusWeeks(2), first.periodStarts(), first.periodEnds(), 1, 8, 2,
                java.util.Map.of("IT", new java.math.BigDecimal("126")), java.util.List.of(new CallDraft.TravelBand(4000,
                new java.math.BigDecimal("300")))));
        long placement = exchanges.publish(new PlacementDraft(second, fixture.placement("Puglia").hostRegionId(), "Second desk",
                java.util.Set.of("funding"), "Work", "francesca.lorusso@example.org", java.util.List.of("en"), 2,
                first.periodStarts(), first.periodEnds()));
        Placement other = exchanges.placements(second).stream().filter(p -> p.id() == placement).findFirst().orElseThrow();
        long inFirst = fixture.application(OLENA, fixture.placement("Skåne"), 1, start(), start().plusWeeks(3), true);
        long overlapping = fixture.application(OLENA, other, 1, start().plusWeeks(2), start().plusWeeks(4), true);
        long after = fixture.application(JIRI, other, 1, start().plusWeeks(2), start().plusWeeks(4), true);
        allocations.allocate(inFirst);
        assertThatThrownBy(() -> allocations.allocate(overlapping)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("application", "exchange.error.overlap"));
        allocations.allocate(after);
    }

    @Test
    void a_host_country_without_a_rate_shows_a_clear_problem_instead_of_a_grant() {
        ExchangeCall first = fixture.call();
        signInAs(TestUsers.SECRETARIAT);
        long call = exchanges.openCall(new CallDraft("No Swedish rate", java.util.Map.of("en", "x"), LocalDate.now().minusDays(1),
                LocalDate.now().plusWeeks(2), first.periodStarts(), first.periodEnds(), 1, 8, 2,
                java.util.Map.of("IT", new java.math.BigDecimal("126")), java.util.List.of(new CallDraft.TravelBand(4000,
                new java.math.BigDecimal("300")))));
        long placement = exchanges.publish(new PlacementDraft(call, fixture.placement("Skåne").hostRegionId(), "Desk",
                java.util.Set.of("health"), "Work", TestUsers.COORDINATOR, java.util.List.of("en"), 1, first.periodStarts(),
                first.periodEnds()));
        Placement p = exchanges.placements(call).stream().filter(x -> x.id() == placement).findFirst().orElseThrow();
        long allocation = allocations.allocate(fixture.application(JIRI, p, 1, start(), start().plusWeeks(2), true));
        var details = allocations.details(allocation);
        assertThat(details.grant()).isNull();
        assertThat(details.grantProblemKey()).isEqualTo("grant.error.unknown-country");
    }

    @Test
    void the_participant_is_asked_for_the_report_when_the_placement_ends_and_again_a_week_later() {
        long allocation;
        long application = fixture.application(OLENA, fixture.placement("Puglia"), 1, start(), start().plusWeeks(3).minusDays(1), true);
        signInAs(TestUsers.SECRETARIAT);
        allocation = allocations.allocate(application);
        LocalDate end = start().plusWeeks(3).minusDays(1);
        assertThat(reminders.sendDue(end.minusDays(1))).isZero();
        assertThat(reminders.sendDue(end)).isEqualTo(1);
        assertThat(reminders.sendDue(end.plusDays(3))).isZero();
        assertThat(reminders.sendDue(end.plusDays(7))).isEqualTo(1);
        assertThat(reminders.sendDue(end.plusDays(20))).isZero();
        signInAs(OLENA);
        allocations.submitReport(allocation, "Tasks", "Skills");
    }

    @Autowired
    ExchangeReminders reminders;

    @Test
    void the_host_regions_coordinator_allocates_its_own_placements_only() {
        Placement skane = fixture.placement("Skåne");
        Placement murcia = fixture.placement("Región de Murcia");
        long toSkane = fixture.application("francesca.lorusso@example.org", skane, 1, start(), start().plusWeeks(3), true);
        long toMurcia = fixture.application(OLENA, murcia, 1, start(), start().plusWeeks(3), true);
        signInAs(TestUsers.COORDINATOR);
        allocations.allocate(toSkane);
        assertThatThrownBy(() -> allocations.allocate(toMurcia)).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> allocations.candidates(skane.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_agreement_needs_all_three_and_a_change_reopens_it_then_reports_bring_the_recognition() throws Exception {
        Placement puglia = fixture.placement("Puglia"); // supervisor Francesca; Olena's coordinator is Karin (Skåne)
        long application = fixture.application(OLENA, puglia, 1, start(), start().plusWeeks(3).minusDays(1), true);
        signInAs(TestUsers.SECRETARIAT);
        long allocation = allocations.allocate(application);

        signInAs(OLENA);
        allocations.draftAgreement(allocation, "Learn AMIF call design", "Draft the municipal call text");
        allocations.acceptAgreement(allocation);
        signInAs("francesca.lorusso@example.org");
        allocations.acceptAgreement(allocation);
        assertThat(allocations.details(allocation).agreement().accepted()).isFalse();
        signInAs(TestUsers.COORDINATOR);
        allocations.acceptAgreement(allocation);
        var agreement = allocations.details(allocation).agreement();
        assertThat(agreement.accepted()).isTrue();
        assertThat(agreement.supervisorAcceptedBy()).isEqualTo("Francesca Lorusso");
        assertThat(agreement.coordinatorAcceptedBy()).isEqualTo("Karin Sjöström");

        signInAs(OLENA);
        allocations.draftAgreement(allocation, "Learn AMIF call design and evaluation", "Draft the municipal call text");
        var reopened = allocations.details(allocation).agreement();
        assertThat(reopened.revision()).isEqualTo(2);
        assertThat(reopened.participantAcceptedAt()).isNull();
        assertThat(reopened.supervisorAcceptedAt()).isNull();
        assertThat(reopened.coordinatorAcceptedAt()).isNull();

        signInAs("maria.martinez@example.org");
        assertThatThrownBy(() -> allocations.acceptAgreement(allocation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.details(allocation)).isInstanceOf(AccessDeniedException.class);

        signInAs(OLENA);
        allocations.addLog(allocation, start(), "Met the AMIF unit; read the last call");
        allocations.submitReport(allocation, "Drafted the call text; reviewed two applications", "AMIF eligibility rules");
        assertThat(allocations.details(allocation).certificateCode()).as("no recognition before the evaluation").isNull();
        signInAs("francesca.lorusso@example.org");
        assertThatThrownBy(() -> allocations.signRecognition(allocation)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errorKeysByField()).containsEntry("recognition", "exchange.error.not-ready"));
        allocations.commentLog(allocation, allocations.details(allocation).logs().getFirst().id(), "Good start");
        allocations.evaluate(allocation, "Olena quickly became a full member of the team.");
        allocations.signRecognition(allocation);
        assertThat(allocations.details(allocation).certificateCode()).as("the sending region has not signed yet").isNull();
        signInAs(OLENA);
        assertThatThrownBy(() -> allocations.signRecognition(allocation)).isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.COORDINATOR);
        allocations.signRecognition(allocation);

        var certificate = db.selectFrom(CERTIFICATE).where(CERTIFICATE.SOURCE_TYPE.eq(AllocationService.CERTIFICATE_SOURCE)
                .and(CERTIFICATE.SOURCE_ID.eq(allocation))).fetchSingle();
        assertThat(certificate.getKind()).isEqualTo("EXCHANGE_PLACEMENT");
        assertThat(certificate.getAchievementTitle()).isEqualTo("Regional AMIF programme office, Puglia · Skåne & Puglia");
        assertThat(certificate.getWorkloadHours()).isEqualByComparingTo("105");
        try (PDDocument pdf = Loader.loadPDF(certificate.getPdf())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Regional AMIF programme office, Puglia").contains("Skåne & Puglia")
                    // in Olena's language (Swedish): the labels translated, the texts as written
                    .contains("Mål: Learn AMIF call design and evaluation")
                    .contains("Utförda uppgifter: Drafted the call text; reviewed two applications")
                    .contains("Förvärvade färdigheter: AMIF eligibility rules")
                    .contains("Handledare hos värden: Francesca Lorusso")
                    .contains("Karin Sjöström (Skåne) · Francesca Lorusso (Puglia)");
        }
    }
}
