package eu.regioacademy.training;

import jakarta.annotation.security.PermitAll;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.training.content.ContentProblem;
import eu.regioacademy.training.content.ContentScan;
import eu.regioacademy.training.content.CourseContentReader;
import eu.regioacademy.training.content.ModuleContent;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code course-content/} into the database: idempotent (a module whose content hash
 * is unchanged is left alone), one transaction per module (a broken or failing module never
 * half-writes and never stops the others), strict (problems are reported with file and line
 * and the module keeps what was published before).
 */
@Service
public class ContentImportService {

    private static final Logger log = LoggerFactory.getLogger(ContentImportService.class);

    private final ModuleRepository modules;
    private final TransactionTemplate transaction;
    private final Path contentRoot;

    ContentImportService(ModuleRepository modules, TransactionTemplate transaction,
                         @Value("${regio.training.content-dir:course-content}") Path contentRoot) {
        this.modules = modules;
        this.transaction = transaction;
        this.contentRoot = contentRoot;
    }

    /** The secretariat's "Sync content". */
    @RolesAllowed(Roles.SECRETARIAT)
    public ImportReport syncNow() {
        return importFrom(contentRoot);
    }

    /** Start-up import and tests; not exposed to users. */
    // internal: start-up import and tests; no view or endpoint passes a path
    @PermitAll
    public ImportReport importFrom(Path root) {
        if (!root.toFile().isDirectory()) {
            log.warn("No course content at {}", root.toAbsolutePath());
            return new ImportReport(0, 0, 0, List.of(new ContentProblem("", root.toString(), 0, "folder not found")));
        }
        ContentScan scan = new CourseContentReader().read(root, modules.allCodes());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<ContentProblem> problems = new ArrayList<>(scan.problems());
        for (ModuleContent content : scan.modules()) {
            try {
                switch (transaction.execute(status -> store(content))) {
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case null -> throw new IllegalStateException();
                }
            } catch (RuntimeException e) {
                log.error("Importing module {} failed", content.code(), e);
                problems.add(new ContentProblem(content.code(), content.code() + "/module.yaml", 0,
                        "could not be stored: " + e.getMessage()));
            }
        }
        problems.forEach(p -> log.warn("Course content skipped: {}", p));
        log.info("Course content: {} added, {} updated, {} unchanged, {} problems", added, updated, unchanged,
                problems.size());
        return new ImportReport(added, updated, unchanged, problems);
    }

    private Outcome store(ModuleContent content) {
        var existing = modules.lockByCode(content.code());
        if (existing.isEmpty()) {
            long moduleId = modules.insertModule(content.code(), ModuleStatus.PUBLISHED);
            modules.insertVersion(moduleId, content);
            return Outcome.ADDED;
        }
        long moduleId = existing.get().id();
        if (content.contentHash().equals(existing.get().contentHash())) {
            return Outcome.UNCHANGED;
        }
        long versionId = modules.insertVersion(moduleId, content);
        modules.moveInProgressEnrolments(moduleId, versionId);
        return Outcome.UPDATED;
    }

    private enum Outcome { ADDED, UPDATED, UNCHANGED }
}
