package eu.regioacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.ServiceTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.ConcurrentChangeException;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class UserAdminServiceTest extends ServiceTest {

    @Autowired
    UserAdminService service;
    @Autowired
    RegionService regions;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    private long skane() {
        return regions.all().stream().filter(r -> r.nutsCode().equals("SE224")).findFirst().orElseThrow().id();
    }

    private UserDraft draft(String name, String email, Long regionId) {
        return new UserDraft(name, email, regionId, Set.of(Role.MENTOR), true, "sv");
    }

    @Test
    void admin_creates_a_user_who_is_always_a_learner_and_can_sign_in() {
        signInAs(TestUsers.ADMIN);
        long id = service.create(draft("  Åsa Öberg ", " Asa.Oberg@Skane.se", skane()), "correct horse battery");

        UserSummary created = service.find(id).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Åsa Öberg");
        assertThat(created.email()).isEqualTo("asa.oberg@skane.se");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MENTOR);
        assertThat(created.regionName()).isEqualTo("Skåne");
        assertThat(encoder.matches("correct horse battery", userDetails.loadUserByUsername("asa.oberg@skane.se").getPassword()))
                .isTrue();
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_written() {
        signInAs(TestUsers.ADMIN);
        int before = service.count("");
        assertThatThrownBy(() -> service.create(draft(" ", "not-an-email", 999_999L), "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errorKeysByField()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "displayName", "validation.required",
                        "email", "user.error.email-format",
                        "regionId", "user.error.unknown-region",
                        "password", "user.error.password-too-short")));
        assertThatThrownBy(() -> service.create(draft("Copy", "LEARNER@example.org", skane()), "long enough password"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorKeysByField()).containsEntry("email", "user.error.email-taken"));
        assertThat(service.count("")).isEqualTo(before);
    }

    @Test
    void a_stale_edit_is_refused_instead_of_overwriting_a_newer_one() {
        signInAs(TestUsers.ADMIN);
        UserSummary learner = service.page("learner@example.org", PageRequest.first(10)).getFirst();
        service.update(learner.id(), learner.version(), draft("Elin Å. Åkesson", learner.email(), learner.regionId()));
        assertThatThrownBy(() -> service.update(learner.id(), learner.version(),
                draft("Someone else", learner.email(), learner.regionId())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(service.find(learner.id()).orElseThrow().displayName()).isEqualTo("Elin Å. Åkesson");
    }

    @Test
    void an_admin_can_neither_deactivate_themselves_nor_drop_their_own_admin_role() {
        signInAs(TestUsers.ADMIN);
        UserSummary admin = service.page(TestUsers.ADMIN, PageRequest.first(1)).getFirst();
        assertThatThrownBy(() -> service.deactivate(admin.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.update(admin.id(), admin.version(),
                new UserDraft(admin.displayName(), admin.email(), admin.regionId(), Set.of(), true, "en")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_deactivated_user_can_no_longer_sign_in() {
        signInAs(TestUsers.ADMIN);
        UserSummary learner = service.page("ana.sousa", PageRequest.first(1)).getFirst();
        service.deactivate(learner.id());
        assertThat(userDetails.loadUserByUsername("ana.sousa@example.org").isEnabled()).isFalse();
    }

    @Test
    void search_paging_and_sorting_happen_in_sql() {
        signInAs(TestUsers.ADMIN);
        List<UserSummary> byEmailDesc = service.page("example.org",
                new PageRequest(0, 3, List.of(new PageRequest.Sort("email", false))));
        assertThat(byEmailDesc).hasSize(3).extracting(UserSummary::email).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(service.count("Παπαδοπούλου")).isEqualTo(1);
        assertThat(service.count("100%_")).isZero();
    }

    @Test
    void only_an_admin_may_manage_users() {
        signInAs(TestUsers.SECRETARIAT);
        assertThatThrownBy(() -> service.count("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(draft("X", "x@example.org", skane()), "long enough password"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
