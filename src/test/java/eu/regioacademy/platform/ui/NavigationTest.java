package eu.regioacademy.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.home.ui.HomeView;
import eu.regioacademy.people.ui.AdminView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NavigationTest extends KaribuTest {

    private static final List<String> EVERYONE = List.of(
            "Home", "Training catalogue", "My learning", "Study visits", "Exchanges", "Mentoring");

    private static List<String> navigation() {
        return markupTexts("vaadin-side-nav > vaadin-side-nav-item");
    }

    private static List<String> everyonePlus(String... more) {
        return java.util.stream.Stream.concat(EVERYONE.stream(), java.util.Arrays.stream(more)).toList();
    }

    @Test
    void each_demo_role_lands_home_and_sees_exactly_its_areas() {
        signInAs(TestUsers.LEARNER);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(markupTexts(".home-greeting")).containsExactly("Welcome, Elin Åkesson");
        assertThat(navigation()).containsExactlyElementsOf(EVERYONE);
        tearDownAndSignInAs(TestUsers.MENTOR);
        assertThat(navigation()).containsExactlyElementsOf(EVERYONE);
        tearDownAndSignInAs(TestUsers.COORDINATOR);
        assertThat(navigation()).containsExactlyElementsOf(everyonePlus("Participation"));
        tearDownAndSignInAs(TestUsers.SECRETARIAT);
        assertThat(navigation()).containsExactlyElementsOf(everyonePlus("Participation", "Training desk", "Certificates"));
        tearDownAndSignInAs(TestUsers.ADMIN);
        assertThat(navigation()).containsExactlyElementsOf(everyonePlus("Administration", "Audit log", "Personal data erasure"));
    }

    private void tearDownAndSignInAs(String email) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        signInAs(email);
    }

    @ParameterizedTest
    @CsvSource({"learner@example.org,admin", "learner@example.org,secretariat", "mentor@example.org,admin",
            "coordinator@example.org,admin", "secretariat@example.org,admin", "admin@example.org,secretariat", "coordinator@example.org,training-admin",
            "learner@example.org,training-admin/test-basics", "coordinator@example.org,certificates-admin"})
    void a_route_outside_the_users_roles_is_refused(String email, String route) {
        signInAs(email);
        navigateTo(route);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Access denied");
    }

    @Test
    void the_admin_opens_the_administration() {
        signInAs(TestUsers.ADMIN);
        navigateTo("admin");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AdminView.class);
    }
}
