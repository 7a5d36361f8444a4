package eu.regioacademy.people;

import eu.regioacademy.platform.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo installation's people (password {@code demo}). Loaded only when demo data is on;
 * a person who already exists is left as they are, so restarts add nothing twice.
 */
@Component
@Order(DemoPeople.ORDER)
@ConditionalOnBooleanProperty("regio.demo-data")
class DemoPeople implements ApplicationRunner {

    static final int ORDER = 10;
    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    record DemoPerson(String email, String name, String nutsCode, String locale, Set<Role> extraRoles) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("learner@example.org", "Elin Åkesson", "SE224", "en", Set.of()),
            new DemoPerson("mentor@example.org", "Jordi Puig i Ferrer", "ES51", "es", Set.of(Role.MENTOR)),
            new DemoPerson("coordinator@example.org", "Karin Sjöström", "SE224", "sv", Set.of(Role.COORDINATOR)),
            new DemoPerson("secretariat@example.org", "Maëlle Le Goff", "FRH0", "fr", Set.of(Role.SECRETARIAT)),
            new DemoPerson("admin@example.org", "Alex Admin", "FRH0", "en", Set.of(Role.ADMIN)),
            new DemoPerson("ana.sousa@example.org", "Ana Sousa", "PT20", "pt", Set.of()),
            new DemoPerson("giuseppe.esposito@example.org", "Giuseppe Esposito", "ITF3", "it", Set.of(Role.MENTOR)),
            new DemoPerson("maria.martinez@example.org", "María José Martínez", "ES62", "es", Set.of(Role.COORDINATOR)),
            new DemoPerson("francesca.lorusso@example.org", "Francesca Lorusso", "ITF4", "it", Set.of()),
            new DemoPerson("eleni.papadopoulou@example.org", "Ελένη Παπαδοπούλου", "EL30", "en", Set.of(Role.MENTOR)),
            new DemoPerson("olena.kovalenko@example.org", "Олена Коваленко", "SE224", "sv", Set.of()),
            new DemoPerson("jiri.novak@example.org", "Jiří Novák", "ES51", "en", Set.of()));

    private final UserRepository users;
    private final UserQuery userQuery;
    private final RegionRepository regions;
    private final PasswordEncoder passwordEncoder;

    DemoPeople(UserRepository users, UserQuery userQuery, RegionRepository regions, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.userQuery = userQuery;
        this.regions = regions;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwordEncoder.encode(PASSWORD);
        int added = 0;
        for (DemoPerson person : PEOPLE) {
            if (userQuery.emailTaken(person.email(), 0)) continue;
            Region region = regions.findByNutsCode(person.nutsCode()).orElseThrow();
            EnumSet<Role> roles = EnumSet.of(Role.LEARNER);
            roles.addAll(person.extraRoles());
            users.insert(new UserDraft(person.name(), person.email(), region.id(), roles, true, person.locale()),
                    hash, region.timeZone());
            added++;
        }
        if (added > 0) log.info("Demo data: {} people added (password '{}')", added, PASSWORD);
    }
}
