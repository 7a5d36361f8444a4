package eu.regioacademy.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its binaries and data ({@code regio.embedded-db.enabled},
 * on by default, decides whether it starts at all).
 *
 * @param baseDir     where the MariaDB binaries are unpacked (large, reusable)
 * @param dataDir     the database files; kept across restarts
 * @param freshStart  wipe {@code dataDir} before starting (tests)
 * @param database    schema name
 * @param bufferPoolMb InnoDB buffer pool in MB; 0 keeps the server's default (128 MB)
 */
@ConfigurationProperties("regio.embedded-db")
public record EmbeddedDatabaseProperties(
        Path baseDir, Path dataDir, boolean freshStart, String database, int bufferPoolMb) {

    public EmbeddedDatabaseProperties {
        if (baseDir == null) baseDir = Path.of("data", "mariadb-base");
        if (dataDir == null) dataDir = Path.of("data", "mariadb");
        if (database == null || database.isBlank()) database = "regio";
    }
}
