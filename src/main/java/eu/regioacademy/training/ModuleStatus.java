package eu.regioacademy.training;

import java.util.Locale;

/** Whether learners see a module: drafts and archived modules are hidden from the catalogue. */
public enum ModuleStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String translationKey() {
        return "module.status." + name().toLowerCase(Locale.ROOT);
    }
}
