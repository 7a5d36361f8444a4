package eu.regioacademy.certificates;

import java.util.Locale;

/** What a certificate attests. */
public enum CertificateKind {
    MODULE_COMPLETION, STUDY_VISIT, EXCHANGE_PLACEMENT, MENTEE_COMPLETION, MENTOR_RECOGNITION, MANUAL;

    public String translationKey() {
        return "certificate.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
