package eu.regioacademy.participation;

import java.util.Locale;

/** The parts of a personal participation record, in the order it lists them. */
public enum RecordSection {
    MODULES, STUDY_VISITS, EXCHANGES, MENTORING_RECEIVED, MENTORING_GIVEN;

    public String translationKey() {
        return "participation.record.section." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
