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

    /**
     * The revocation reason of the certificates of a person erased on request: verification says
     * so and shows no name (the holder's name is gone from the certificate too).
     */
    public static final String ERASED_REASON = "erased on request";

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean erased() {
        return ERASED_REASON.equals(revokedReason);
    }
}
