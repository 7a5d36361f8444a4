package eu.regioacademy.training;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the course content folder at start-up; unchanged modules are skipped by their hash. */
@Component
@Order(TrainingStartup.ORDER)
@ConditionalOnBooleanProperty(name = "regio.training.import-on-start", matchIfMissing = true)
class TrainingStartup implements ApplicationRunner {

    static final int ORDER = 20;

    private final ContentImportService importer;
    private final Path contentRoot;

    TrainingStartup(ContentImportService importer, @Value("${regio.training.content-dir:course-content}") Path contentRoot) {
        this.importer = importer;
        this.contentRoot = contentRoot;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.importFrom(contentRoot);
    }
}
