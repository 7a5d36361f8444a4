package eu.regioacademy;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Service tests against real MariaDB, rolled back, acting as one of the demo users. */
@IntegrationTest
public abstract class ServiceTest {

    @Autowired
    private UserDetailsService userDetailsService;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurity() {
        TestUsers.useSecurityContextOf(context);
    }

    protected void signInAs(String email) {
        TestUsers.signIn(userDetailsService, passwordEncoder, email);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
