package eu.regioacademy.training.content;

import java.util.List;

/** What a read of the content folder found: the good modules, and the problems of the broken ones. */
public record ContentScan(List<ModuleContent> modules, List<ContentProblem> problems) {

    public ContentScan {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
    }
}
