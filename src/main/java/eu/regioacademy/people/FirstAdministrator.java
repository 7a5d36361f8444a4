package eu.regioacademy.people;

import eu.regioacademy.platform.security.Role;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An installation without any active administrator gets one at start-up: from
 * {@code REGIO_FIRST_ADMIN_EMAIL} / {@code REGIO_FIRST_ADMIN_PASSWORD}, or with a one-time
 * password printed once to the log, to be replaced after the first sign-in.
 */
@Component
@Order(DemoPeople.ORDER + 1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserQuery userQuery;
    private final UserRepository users;
    private final RegionRepository regions;
    private final PasswordEncoder passwordEncoder;
    private final String email;
    private final String password;
    private final String regionCode;

    FirstAdministrator(UserQuery userQuery, UserRepository users, RegionRepository regions, PasswordEncoder passwordEncoder,
                       @Value("${regio.first-admin.email:admin@localhost.localdomain}") String email,
                       @Value("${regio.first-admin.password:}") String password,
                       @Value("${regio.first-admin.region:FRH0}") String regionCode) {
        this.userQuery = userQuery;
        this.users = users;
        this.regions = regions;
        this.passwordEncoder = passwordEncoder;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.password = password;
        this.regionCode = regionCode;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (userQuery.anyActiveWithRole(Role.ADMIN) || userQuery.emailTaken(email, 0)) return;
        Region region = regions.findByNutsCode(regionCode).orElseGet(() -> regions.findAll().getFirst());
        boolean generated = password.isBlank();
        String initial = generated ? oneTimePassword() : password;
        users.insert(new UserDraft("Administrator", email, region.id(), Set.of(Role.LEARNER, Role.ADMIN), true, "en"),
                passwordEncoder.encode(initial), region.timeZone());
        if (generated) {
            log.warn("""

                    ================================================================
                     First administrator created: {}
                     One-time password: {}
                     Sign in and set a new password in /admin now; this is shown once.
                    ================================================================""", email, initial);
        } else {
            log.info("First administrator {} created from configuration", email);
        }
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
