package eu.regioacademy.certificates;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a feature asks a certificate for: who achieved what, how much work it was, and which
 * row of the feature it comes from (the same source never yields two certificates).
 */
public record Achievement(CertificateKind kind, long holderId, String title, BigDecimal workloadHours,
                          LocalDate achievedOn, String sourceType, long sourceId, java.util.List<CertificateDetail> details) {

    public Achievement {
        if (title.isBlank()) throw new IllegalArgumentException("An achievement needs a title");
        if (workloadHours.signum() < 0) throw new IllegalArgumentException("Negative workload");
        details = java.util.List.copyOf(details);
    }

    public Achievement(CertificateKind kind, long holderId, String title, BigDecimal workloadHours, LocalDate achievedOn,
                       String sourceType, long sourceId) {
        this(kind, holderId, title, workloadHours, achievedOn, sourceType, sourceId, java.util.List.of());
    }
}
