package eu.regioacademy.studyvisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SelectionTest extends ServiceTest {

    private static final String GIUSEPPE = "giuseppe.esposito@example.org";
    private static final String FRANCESCA = "francesca.lorusso@example.org";

    @Autowired
    VisitApplicationService applications;
    @Autowired
    StudyVisitFixture fixture;

    @Test
    void the_host_selects_up_to_capacity_and_no_further() {
        long visit = fixture.visit(VisitStatus.SELECTION, 2);
        long a = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.ENDORSED);
        long b = fixture.application(visit, GIUSEPPE, ApplicationStatus.ENDORSED);
        long c = fixture.application(visit, FRANCESCA, ApplicationStatus.ENDORSED);
        signInAs(TestUsers.COORDINATOR);
        applications.select(a);
        applications.select(b);
        assertThatThrownBy(() -> applications.select(c))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errorKeysByField()).containsEntry("capacity", "application.error.visit-full"));
        assertThat(fixture.statusOf(c)).isEqualTo(ApplicationStatus.ENDORSED);
        assertThat(fixture.notificationKeys(TestUsers.LEARNER, "visit-application:" + a))
                .containsExactly("notification.visit.selected");
    }

    @Test
    void only_endorsed_applicants_can_be_selected() {
        long visit = fixture.visit(VisitStatus.SELECTION, 2);
        long pending = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.PENDING);
        long declined = fixture.application(visit, GIUSEPPE, ApplicationStatus.DECLINED);
        signInAs(TestUsers.SECRETARIAT);
        for (long id : new long[] {pending, declined}) {
            assertThatThrownBy(() -> applications.select(id))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.errorKeysByField()).containsEntry("application", "application.error.not-selectable"));
        }
    }

    @Test
    void a_withdrawal_frees_the_place_for_the_first_on_the_waiting_list() {
        long visit = fixture.visit(VisitStatus.CONFIRMED, 1);
        long holder = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.CONFIRMED);
        long first = fixture.application(visit, GIUSEPPE, ApplicationStatus.WAITLISTED);
        long second = fixture.application(visit, FRANCESCA, ApplicationStatus.WAITLISTED);

        signInAs(TestUsers.LEARNER);
        applications.withdraw(holder);

        assertThat(fixture.statusOf(holder)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(fixture.statusOf(first)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(fixture.statusOf(second)).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(fixture.notificationKeys(GIUSEPPE, "visit-application:" + first))
                .containsExactly("notification.visit.place-offered");

        signInAs(TestUsers.COORDINATOR);
        applications.cancelPlace(first);
        assertThat(fixture.statusOf(second)).isEqualTo(ApplicationStatus.SELECTED);
    }

    @Test
    void the_host_reorders_the_waiting_list_and_the_new_first_gets_the_next_place() {
        long visit = fixture.visit(VisitStatus.SELECTION, 1);
        long holder = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.SELECTED);
        long first = fixture.application(visit, GIUSEPPE, ApplicationStatus.WAITLISTED);
        long second = fixture.application(visit, FRANCESCA, ApplicationStatus.WAITLISTED);
        signInAs(TestUsers.COORDINATOR);
        applications.moveOnWaitlist(second, true);
        var rows = applications.applicationsOf(visit, PageRequest.first(10));
        assertThat(rows).extracting(HostApplication::id).containsExactly(holder, second, first);
        assertThat(rows.get(1).waitlistRank()).isEqualTo(1);

        applications.cancelPlace(holder);
        assertThat(fixture.statusOf(second)).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(fixture.statusOf(first)).isEqualTo(ApplicationStatus.WAITLISTED);
    }

    @Test
    void hosts_of_other_regions_and_learners_cannot_select() {
        long visit = fixture.visit(VisitStatus.SELECTION, 2);
        long app = fixture.application(visit, TestUsers.LEARNER, ApplicationStatus.ENDORSED);
        signInAs("maria.martinez@example.org");
        assertThatThrownBy(() -> applications.select(app)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.applicationsOf(visit, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(TestUsers.LEARNER);
        assertThatThrownBy(() -> applications.select(app)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.statusOf(app)).isEqualTo(ApplicationStatus.ENDORSED);
    }
}
