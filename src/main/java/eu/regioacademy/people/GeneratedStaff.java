package eu.regioacademy.people;

import eu.regioacademy.platform.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff of the member regions for demo installations and benchmarks: plausible names for
 * each country, most of them in the REGIN regions. They have no password, so nobody can
 * sign in as them. The same seed and count always give the same people.
 */
@Component
public class GeneratedStaff {

    /** The REGIN regions, where most of the generated staff work. */
    static final List<String> REGIN = List.of("PT20", "ITF3", "ES51", "ES62", "ITF4", "SE224");
    static final String EMAIL_DOMAIN = "@staff.regio-academy.example";

    private static final Map<String, List<String>> FIRST = Map.ofEntries(
            Map.entry("BG", List.of("Мария", "Георги", "Елена", "Иван", "Десислава", "Николай", "Ралица", "Стоян")),
            Map.entry("DE", List.of("Jürgen", "Anke", "Lukas", "Sabine", "Jörg", "Katrin", "Moritz", "Hannelore")),
            Map.entry("PL", List.of("Małgorzata", "Paweł", "Agnieszka", "Łukasz", "Zofia", "Grzegorz", "Ewa", "Tomasz")),
            Map.entry("PT", List.of("Ana", "João", "Marta", "Rui", "Inês", "Tiago", "Sofia", "Pedro")),
            Map.entry("IT", List.of("Giulia", "Marco", "Chiara", "Luca", "Francesca", "Davide", "Sara", "Paolo")),
            Map.entry("ES", List.of("Lucía", "Jordi", "Carmen", "Pablo", "Núria", "Javier", "Elena", "Sergio")),
            Map.entry("SE", List.of("Anna", "Erik", "Sara", "Johan", "Maja", "Lars", "Ingrid", "Oskar")),
            Map.entry("FR", List.of("Camille", "Yann", "Léa", "Nicolas", "Manon", "Erwan", "Chloé", "Julien")),
            Map.entry("GR", List.of("Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Κατερίνα", "Δημήτρης", "Σοφία", "Κώστας")));
    private static final Map<String, List<String>> LAST = Map.ofEntries(
            Map.entry("BG", List.of("Петрова", "Иванов", "Георгиева", "Димитров", "Николова", "Стоянов", "Христова", "Тодоров")),
            Map.entry("DE", List.of("Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Schmitz", "Krüger", "Böhm")),
            Map.entry("PL", List.of("Kowalczyk", "Wiśniewska", "Wójcik", "Zieliński", "Dąbrowska", "Łuczak", "Szymański", "Woźniak")),
            Map.entry("PT", List.of("Silva", "Santos", "Ferreira", "Pereira", "Costa", "Medeiros", "Almeida", "Furtado")),
            Map.entry("IT", List.of("Russo", "Esposito", "Romano", "Colombo", "De Luca", "Ricci", "Greco", "Bruno")),
            Map.entry("ES", List.of("García", "Martínez", "Puig", "López", "Sánchez", "Ferrer", "Navarro", "Pérez")),
            Map.entry("SE", List.of("Andersson", "Nilsson", "Lindqvist", "Persson", "Håkansson", "Berg", "Ekström", "Lund")),
            Map.entry("FR", List.of("Le Gall", "Martin", "Bernard", "Le Goff", "Dubois", "Moreau", "Kerléo", "Laurent")),
            Map.entry("GR", List.of("Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Νικολάου", "Δημητρίου", "Ιωάννου", "Αλεξίου", "Βλάχου")));
    private static final List<String> OTHER_FIRST = List.of("Emma", "Mikkel", "Aino", "Katarzyna", "Sean", "Ioana",
            "Petra", "Niels", "Maria", "Ivan");
    private static final List<String> OTHER_LAST = List.of("Hansen", "Virtanen", "Kowalska", "Murphy", "Popescu",
            "Horvat", "Jensen", "Schmidt", "Dimitrova", "Olsen");
    private static final Map<String, String> LOCALES = Map.of("PT", "pt", "IT", "it", "ES", "es", "SE", "sv", "FR", "fr");

    /** A generated person and the region they work in. */
    public record StaffMember(long userId, long regionId, String name, String locale) {
    }

    private final UserRepository users;
    private final RegionRepository regions;

    GeneratedStaff(UserRepository users, RegionRepository regions) {
        this.users = users;
        this.regions = regions;
    }

    /** Makes sure staff 1..count exist and returns them; two in three work in a REGIN region. */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<StaffMember> ensure(int count, long seed) {
        List<Region> all = regions.findAll();
        List<Region> regin = all.stream().filter(r -> REGIN.contains(r.nutsCode())).toList();
        Random random = new Random(seed);
        List<UserRepository.NewStaff> missing = new ArrayList<>();
        Set<String> existing = Set.copyOf(users.emailsEndingWith(EMAIL_DOMAIN));
        for (int n = 1; n <= count; n++) {
            Region region = random.nextInt(3) < 2 ? regin.get(random.nextInt(regin.size())) : all.get(random.nextInt(all.size()));
            String country = region.countryCode();
            List<String> first = FIRST.getOrDefault(country, OTHER_FIRST);
            List<String> last = LAST.getOrDefault(country, OTHER_LAST);
            String name = first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size()));
            String email = "staff" + n + EMAIL_DOMAIN;
            if (!existing.contains(email)) {
                missing.add(new UserRepository.NewStaff(email, name, region.id(), LOCALES.getOrDefault(country, "en"),
                        region.timeZone()));
            }
        }
        users.insertStaff(missing, Role.LEARNER);
        return users.staff(EMAIL_DOMAIN, count);
    }

    /** Gives generated people a further role (mentors, for instance), keeping the roles they have. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grantRole(java.util.Collection<Long> userIds, Role role) {
        users.addRole(List.copyOf(userIds), role);
    }

    /** The language staff of a country work in, as far as the app speaks it; English elsewhere. */
    public static String languageOf(String countryCode) {
        return LOCALES.getOrDefault(countryCode, "en");
    }
}
