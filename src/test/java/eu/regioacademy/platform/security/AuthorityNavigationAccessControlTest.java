package eu.regioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthorityNavigationAccessControlTest {

    @Autowired
    NavigationAccessControl navigationAccessControl;

    @Test
    void the_application_checks_navigation_with_the_authority_roles_check() {
        assertThat(navigationAccessControl).isInstanceOf(AuthorityNavigationAccessControl.class);
        assertThat(navigationAccessControl.isEnabled()).isTrue();
    }

    @Test
    void a_signed_in_user_has_exactly_the_roles_of_their_authorities() {
        var control = new AuthorityNavigationAccessControl(List.of(), new DefaultAccessCheckDecisionResolver(),
                new VaadinRolePrefixHolder("ROLE_"));
        var http = new MockHttpServletRequest();
        http.setUserPrincipal(new UsernamePasswordAuthenticationToken("secretariat@example.org", null,
                AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority(), Role.LEARNER.authority())));

        Predicate<String> roles = control.getRolesChecker(new VaadinServletRequest(http, null));

        assertThat(roles.test("SECRETARIAT")).isTrue();
        assertThat(roles.test("LEARNER")).isTrue();
        assertThat(roles.test("ADMIN")).isFalse();
        assertThat(roles.test("ROLE_SECRETARIAT")).isFalse();
    }
}
