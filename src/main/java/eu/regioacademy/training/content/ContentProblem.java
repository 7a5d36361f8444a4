package eu.regioacademy.training.content;

/**
 * Why a module could not be loaded, where: a path relative to the content root and a
 * 1-based line (0 when the problem concerns a whole file, e.g. a missing one).
 */
public record ContentProblem(String moduleCode, String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
