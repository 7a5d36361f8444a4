package eu.regioacademy.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.certificates.CertificateFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The backup of small sites, as {@code docs/deployment.md} describes it: {@code scripts/backup.sh}
 * (mariadb-dump) on a populated database while the app runs, {@code scripts/restore.sh} (the
 * mariadb client) into an empty server, and the app started on the restored database.
 */
class LogicalBackupTest {

    static final Path WORK = Path.of("target", "backup-test", "logical").toAbsolutePath();

    @Test
    void a_dump_restored_into_an_empty_server_holds_every_row_and_certificates_verify_with_the_same_hashes() throws Exception {
        FileSystemUtils.deleteRecursively(WORK.resolve("backups"));
        try (ScratchMariaDb source = ScratchMariaDb.startEmpty(WORK.resolve("source-data"));
             ScratchMariaDb target = ScratchMariaDb.startEmpty(WORK.resolve("restored-data"))) {
            source.createDatabase(BackupDrill.DATABASE);
            String sourceUrl = source.jdbcUrl(BackupDrill.DATABASE);
            Map<String, CertificateFacts> facts;
            DatabaseSnapshot original;
            String backup;
            try (AppOnDatabase app = AppOnDatabase.start(sourceUrl, true)) {
                facts = BackupDrill.populate(app);
                BackupDrill.addSchemaCode(sourceUrl);
                original = DatabaseSnapshot.of(sourceUrl, BackupDrill.DATABASE);
                // taken while the app runs, as a nightly job would
                String output = BackupDrill.runScript(source.scriptEnvironment(BackupDrill.DATABASE),
                        WORK.resolve("backup.log"), "bash", "scripts/backup.sh", "-d", WORK.resolve("backups").toString());
                List<String> lines = output.lines().toList();
                backup = lines.getLast();
            }
            assertThat(Path.of(backup)).exists();
            assertThat(backup).matches(".*/regio-\\d{8}T\\d{6}Z\\.sql\\.gz");
            assertThat(Path.of(backup + ".sha256")).exists();
            assertThat(original.rowsOf("certificate")).isGreaterThan(1);
            assertThat(original.rowsOf("participation_entry")).isPositive();
            assertThat(original.rowsOf("flyway_schema_history")).isPositive();

            BackupDrill.runScript(target.scriptEnvironment(BackupDrill.DATABASE), WORK.resolve("restore.log"),
                    "bash", "scripts/restore.sh", backup);
            String restoredUrl = target.jdbcUrl(BackupDrill.DATABASE);
            assertThat(DatabaseSnapshot.of(restoredUrl, BackupDrill.DATABASE)).isEqualTo(original);
            BackupDrill.assertSchemaCodeWorks(restoredUrl, original);

            try (AppOnDatabase restored = AppOnDatabase.start(restoredUrl, false)) {
                BackupDrill.assertCertificatesVerify(restored, original, facts);
            }
            // the app started on the restored data without migrating or adding anything
            assertThat(DatabaseSnapshot.of(restoredUrl, BackupDrill.DATABASE)).isEqualTo(original);
        }
    }

    @Test
    void restore_refuses_a_database_that_is_not_empty_and_a_backup_that_does_not_match_its_hash() throws Exception {
        Path work = WORK.resolve("refusals");
        FileSystemUtils.deleteRecursively(work);
        try (ScratchMariaDb server = ScratchMariaDb.startEmpty(work.resolve("data"))) {
            server.createDatabase(BackupDrill.DATABASE);
            String url = server.jdbcUrl(BackupDrill.DATABASE);
            BackupDrill.execute(url, "CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (1), (2)");
            Map<String, String> env = server.scriptEnvironment(BackupDrill.DATABASE);
            String backup = BackupDrill.runScript(env, work.resolve("backup.log"),
                    "bash", "scripts/backup.sh", "-d", work.resolve("backups").toString()).lines().toList().getLast();

            assertThat(exitOf(env, work.resolve("refused.log"), "bash", "scripts/restore.sh", backup)).isNotZero();
            assertThat(Files.readString(work.resolve("refused.log"))).contains("is not empty");

            Path damaged = work.resolve("backups").resolve("damaged.sql.gz");
            byte[] bytes = Files.readAllBytes(Path.of(backup));
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(damaged, bytes);
            Files.writeString(Path.of(damaged + ".sha256"),
                    Files.readString(Path.of(backup + ".sha256")).replace(Path.of(backup).getFileName().toString(), "damaged.sql.gz"));
            BackupDrill.execute(url, "DROP TABLE kept");
            assertThat(exitOf(env, work.resolve("damaged.log"), "bash", "scripts/restore.sh", damaged.toString())).isNotZero();
            assertThat(Files.readString(work.resolve("damaged.log"))).contains("does not match its SHA-256");

            BackupDrill.runScript(env, work.resolve("restore.log"), "bash", "scripts/restore.sh", backup);
            assertThat(BackupDrill.query(url, "SELECT COUNT(*) FROM kept")).containsExactly("2");
        }
    }

    private static int exitOf(Map<String, String> environment, Path log, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start().waitFor();
    }
}
