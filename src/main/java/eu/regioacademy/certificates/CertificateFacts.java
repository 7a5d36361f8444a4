package eu.regioacademy.certificates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate's facts as printed and as verification shows them (never the PDF bytes). */
public record CertificateFacts(VerificationCode code, CertificateKind kind, String holderName, String title,
                               BigDecimal workloadHours, LocalDate achievedOn, Instant issuedAt, String language,
                               String issuer, String signatory, @Nullable Instant revokedAt,
                               @Nullable String revokedReason, java.util.List<CertificateDetail> details) {

    public CertificateFacts {
        details = java.util.List.copyOf(details);
    }

    /** Facts without a record of details, as most certificates have. */
    public CertificateFacts(VerificationCode code, CertificateKind kind, String holderName, String title,
                            BigDecimal workloadHours, LocalDate achievedOn, Instant issuedAt, String language,
                            String issuer, String signatory, @Nullable Instant revokedAt, @Nullable String revokedReason) {
        this(code, kind, holderName, title, workloadHours, achievedOn, issuedAt, language, issuer, signatory, revokedAt,
                revokedReason, java.util.List.of());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
