package eu.regioacademy.certificates;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The secretariat's search: holder name or code, kind, revoked or not, issue period. */
public record CertificateFilter(String search, @Nullable CertificateKind kind, @Nullable Boolean revoked,
                                @Nullable LocalDate issuedFrom, @Nullable LocalDate issuedTo) {

    public static CertificateFilter none() {
        return new CertificateFilter("", null, null, null, null);
    }
}
