package eu.regioacademy.training;

/** A module in the secretariat's list, with how many learners are in it. */
public record ModuleAdminRow(long moduleId, String code, String title, int versionNo, ModuleStatus status,
                             int enrolled, int completed) {
}
