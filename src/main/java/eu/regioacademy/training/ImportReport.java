package eu.regioacademy.training;

import eu.regioacademy.training.content.ContentProblem;
import java.util.List;

/** What a content import did: new, updated (a new version) and unchanged modules, and what it skipped. */
public record ImportReport(int added, int updated, int unchanged, List<ContentProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
