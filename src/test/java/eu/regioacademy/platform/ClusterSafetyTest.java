package eu.regioacademy.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Several app instances share one Galera cluster (docs/deployment.md), so nothing may rely on
 * one server: no table or named locks (Galera does not replicate them), no state kept in
 * static memory, and every timer holds a ShedLock so a job runs on one instance at a time.
 */
class ClusterSafetyTest {

    private static final Pattern SERVER_LOCKS = Pattern.compile(
            "LOCK\\s+TABLES?\\b|\\bGET_LOCK\\s*\\(|\\bRELEASE_LOCK\\s*\\(|\\bIS_USED_LOCK\\s*\\(|ENGINE\\s*=\\s*(MyISAM|Aria|MEMORY)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATIC_MUTABLE_COLLECTION = Pattern.compile(
            "static\\s+final\\s+[\\w.<>, ?]+\\s+\\w+\\s*=\\s*new\\s+(java\\.util\\.)?(concurrent\\.)?"
                    + "(HashMap|ConcurrentHashMap|ArrayList|HashSet|LinkedHashMap|TreeMap|LinkedList|CopyOnWrite\\w+"
                    + "|WeakHashMap|ConcurrentLinkedQueue|ConcurrentLinkedDeque|EnumMap|ConcurrentSkipList\\w+|Atomic\\w+)\\b");
    private static final Pattern LOCAL_CACHE = Pattern.compile("@Cacheable|@EnableCaching|Caffeine");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.regioacademy");
    }

    @Test
    void no_sql_asks_for_table_locks_named_locks_or_a_non_transactional_engine() {
        assertThat(matches(Path.of("src/main"), SERVER_LOCKS)).isEmpty();
        assertThat(matches(Path.of("db-schema"), SERVER_LOCKS)).isEmpty();
    }

    @Test
    void no_state_is_kept_in_static_collections_counters_or_local_caches() {
        // the embedded MariaDB keeps one server per data directory in this JVM; clustered deployments never start it
        assertThat(matches(Path.of("src/main/java"), STATIC_MUTABLE_COLLECTION))
                .filteredOn(line -> !line.startsWith("src/main/java/eu/regioacademy/platform/db/EmbeddedMariaDb.java:"))
                .isEmpty();
        assertThat(matches(Path.of("src/main/java"), LOCAL_CACHE)).isEmpty();
    }

    @Test
    void static_fields_are_constants() {
        // the embedded MariaDB is one per JVM by design; clustered deployments never start it
        fields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage("eu.regioacademy.db..")
                .and().areNotDeclaredIn(eu.regioacademy.platform.db.EmbeddedMariaDb.class)
                .should().beFinal()
                .check(classes);
    }

    @Test
    void every_scheduled_job_holds_a_shedlock() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .check(classes);
        assertThat(classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class))).hasSizeGreaterThanOrEqualTo(4);
    }

    private static List<String> matches(Path root, Pattern pattern) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .flatMap(p -> lines(p).filter(line -> pattern.matcher(line).find()).map(line -> p + ": " + line.strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
