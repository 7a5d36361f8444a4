package eu.regioacademy.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Two small modules the training tests import: test-basics, and test-advanced which requires it. */
public final class TrainingFixture {

    public static final String BASICS = "test-basics";
    public static final String ADVANCED = "test-advanced";

    private TrainingFixture() {
    }

    public static Path folder() {
        try {
            return Path.of(TrainingFixture.class.getResource("/training-fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy, for tests that change content and import again. */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.walk(folder())) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(folder().relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(destination);
                else Files.copy(source, destination);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
