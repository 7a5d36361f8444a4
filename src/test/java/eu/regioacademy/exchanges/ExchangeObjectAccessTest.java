package eu.regioacademy.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Placement and application ids travel in addresses and calls: another person of the same
 * role is refused, whatever the action.
 */
class ExchangeObjectAccessTest extends ServiceTest {

    private static final String OLENA = "olena.kovalenko@example.org";
    /** Learners without exchange applications in the demo data. */
    private static final String FRANCESCA = "francesca.lorusso@example.org";
    private static final String ANA = "ana.sousa@example.org";
    /** Coordinator of Región de Murcia: neither Francesca's region (ITF4) nor the host (Skåne). */
    private static final String MURCIA_COORDINATOR = "maria.martinez@example.org";

    @Autowired
    ExchangeService exchanges;
    @Autowired
    AllocationService allocations;
    @Autowired
    ExchangeFixture fixture;

    private LocalDate start() {
        return fixture.call().periodStarts().plusWeeks(1);
    }

    private long francescasPlacementInSkane() {
        signInAs(TestUsers.SECRETARIAT);
        long id = allocations.allocate(fixture.application(FRANCESCA, fixture.placement("Skåne"), 1, start(),
                start().plusWeeks(2), true));
        return id;
    }

    @Test
    void another_learner_can_neither_read_nor_write_someone_elses_placement() {
        long allocation = francescasPlacementInSkane();
        signInAs(OLENA);
        assertThatThrownBy(() -> allocations.details(allocation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.draftAgreement(allocation, "mine now", "tasks")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.acceptAgreement(allocation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.addLog(allocation, start(), "entry")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.submitReport(allocation, "done", "skills")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.evaluate(allocation, "good")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.commentLog(allocation, 1, "comment")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.signRecognition(allocation)).isInstanceOf(AccessDeniedException.class);
        assertThat(allocations.mine()).noneMatch(a -> a.id() == allocation);
    }

    @Test
    void a_coordinator_of_an_uninvolved_region_cannot_read_sign_allocate_or_endorse() {
        long allocation = francescasPlacementInSkane();
        long pending = fixture.application(ANA, fixture.placement("Puglia"), 1, start(), start().plusWeeks(2), false);
        signInAs(MURCIA_COORDINATOR);
        assertThatThrownBy(() -> allocations.details(allocation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.acceptAgreement(allocation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.signRecognition(allocation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.candidates(fixture.placement("Skåne").id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchanges.endorse(pending, true, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.status(pending)).isEqualTo(ExchangeApplicationStatus.PENDING);
        assertThat(exchanges.toEndorse()).noneMatch(a -> a.id() == pending);
    }
}
