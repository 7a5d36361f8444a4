package eu.regioacademy.certificates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate's facts as printed and as verification shows them (never the PDF bytes). */
public record CertificateFacts(VerificationCode code, CertificateKind kind, String holderName, String title,
                               BigDecimal workloadHours, LocalDate achievedOn, Instant issuedAt, String language,
                               String issuer, String signatory, @Nullable Instant revokedAt,
                               @Nullable String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
