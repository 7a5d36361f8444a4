package eu.regioacademy.people;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.REGION;

import eu.regioacademy.platform.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
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

    private final DSLContext db;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoPeople(DSLContext db, UserRepository users, PasswordEncoder passwordEncoder) {
        this.db = db;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwordEncoder.encode(PASSWORD);
        int added = 0;
        for (DemoPerson person : PEOPLE) {
            if (db.fetchExists(APP_USER, APP_USER.EMAIL.eq(person.email()))) continue;
            var region = db.selectFrom(REGION).where(REGION.NUTS_CODE.eq(person.nutsCode())).fetchSingle();
            EnumSet<Role> roles = EnumSet.of(Role.LEARNER);
            roles.addAll(person.extraRoles());
            users.insert(new UserDraft(person.name(), person.email(), region.getId(), roles, true, person.locale()),
                    hash, region.getTimeZone());
            added++;
        }
        if (added > 0) log.info("Demo data: {} people added (password '{}')", added, PASSWORD);
    }
}
