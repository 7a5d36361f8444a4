package eu.regioacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.regioacademy.platform.security.Role;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not transactional: a failed sign-in is counted in its own transaction, which must see the
 * committed account.
 */
@SpringBootTest
@ActiveProfiles("test")
class LoginThrottlingTest {

    private static final String EMAIL = "throttled@example.org";
    private static final String PASSWORD = "the right password";

    @Autowired
    AccountService accounts;
    @Autowired
    UserRepository users;
    @Autowired
    UserQuery userQuery;
    @Autowired
    RegionRepository regions;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.jooq.DSLContext db;

    private AuthenticationManager authentication;
    private long userId;

    @BeforeEach
    void createAccount() {
        eu.regioacademy.TestUsers.useSecurityContextOf(context);
        Region region = regions.findByNutsCode("ES62").orElseThrow();
        userId = users.insert(new UserDraft("Throttle Test", EMAIL, region.id(), Set.of(Role.LEARNER), true, "es"),
                encoder.encode(PASSWORD), region.timeZone());
        // the same pieces Spring Boot assembles for the login form
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        authentication = manager;
    }

    @AfterEach
    void deleteAccount() {
        db.deleteFrom(eu.regioacademy.db.Tables.APP_USER).where(eu.regioacademy.db.Tables.APP_USER.ID.eq(userId)).execute();
    }

    private void signIn(String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(EMAIL, password));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        for (int i = 0; i < AccountService.FAILURES_BEFORE_LOCK; i++) {
            assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_successful_sign_in_resets_the_count_of_failures() {
        for (int i = 0; i < AccountService.FAILURES_BEFORE_LOCK - 1; i++) {
            assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(PASSWORD);
        for (int i = 0; i < AccountService.FAILURES_BEFORE_LOCK - 1; i++) {
            assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(PASSWORD);
        assertThat(userQuery.findForSignIn(EMAIL).orElseThrow().isAccountNonLocked()).isTrue();
    }
}
