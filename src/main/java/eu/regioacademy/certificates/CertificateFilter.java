package eu.regioacademy.certificates;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The secretariat's search: holder name, title or code, kind, revoked or not, issue period, holder's region. */
public record CertificateFilter(String search, @Nullable CertificateKind kind, @Nullable Boolean revoked,
                                @Nullable LocalDate issuedFrom, @Nullable LocalDate issuedTo, @Nullable Long regionId) {

    public CertificateFilter(String search, @Nullable CertificateKind kind, @Nullable Boolean revoked,
                             @Nullable LocalDate issuedFrom, @Nullable LocalDate issuedTo) {
        this(search, kind, revoked, issuedFrom, issuedTo, null);
    }

    public static CertificateFilter none() {
        return new CertificateFilter("", null, null, null, null, null);
    }
}
