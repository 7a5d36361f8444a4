package eu.regioacademy.certificates;

import eu.regioacademy.participation.LedgerWriter;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.platform.GeneratedValues;
import eu.regioacademy.platform.ProgressLog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates at network scale, for benchmarks: one row per achievement with its own code,
 * holder and facts, and its ledger entry. Rendering 100,000 PDFs would take longer than the
 * whole generation may (the render speed is measured on its own by CertificateBenchmark), so
 * the generated certificates of one language share one real PDF, rendered once: the table
 * has its real size and the downloads and ZIPs their real bytes, but a generated
 * certificate's PDF does not print its own holder.
 */
@Component
public class GeneratedCertificates {

    /** An achievement that earned a certificate, as the generating feature knows it. */
    public record Achieved(long holderId, long regionId, String holderName, CertificateKind kind, String title,
                           BigDecimal hours, Instant achievedAt, String language, String sourceType, long sourceId,
                           String topics, List<CertificateDetail> details) {

        public Achieved {
            details = List.copyOf(details);
        }

        /** An achievement whose certificate carries no record of details, as most have. */
        public Achieved(long holderId, long regionId, String holderName, CertificateKind kind, String title,
                        BigDecimal hours, Instant achievedAt, String language, String sourceType, long sourceId,
                        String topics) {
            this(holderId, regionId, holderName, kind, title, hours, achievedAt, language, sourceType, sourceId, topics,
                    List.of());
        }
    }

    private record Template(byte[] pdf, String sha256) {
    }

    private final CertificateScaleRepository repository;
    private final CertificatePdf pdf;
    private final String issuer;
    private final String signatory;

    GeneratedCertificates(CertificateScaleRepository repository, CertificatePdf pdf,
                          @Value("${regio.certificates.issuer:Regio Academy network secretariat}") String issuer,
                          @Value("${regio.certificates.signatory:Secretary General}") String signatory) {
        this.repository = repository;
        this.pdf = pdf;
        this.issuer = issuer;
        this.signatory = signatory;
    }

    /** Issues a certificate a day after each achievement; returns how many were written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int generate(List<Achieved> achievements, long seed, LedgerWriter ledger) {
        Random random = new Random(seed);
        Map<String, Template> templates = new HashMap<>();
        ProgressLog progress = ProgressLog.start("certificates", achievements.size());
        long id = repository.firstId();
        try (CertificateScaleRepository.Writer rows = repository.writer()) {
            for (Achieved a : achievements) {
                Instant issuedAt = a.achievedAt().plusSeconds(86_400);
                CertificateFacts facts = new CertificateFacts(VerificationCode.random(random), a.kind(), a.holderName(),
                        a.title(), a.hours().setScale(1, RoundingMode.HALF_UP),
                        a.achievedAt().atZone(ZoneOffset.UTC).toLocalDate(), issuedAt, a.language(), issuer, signatory,
                        null, null, a.details());
                Template template = templates.computeIfAbsent(a.language(), language -> render(facts));
                rows.certificate(id, facts, a.holderId(), a.sourceType(), a.sourceId(), template.pdf(), template.sha256());
                ledger.add(a.holderId(), a.regionId(), ParticipationKind.CERTIFICATE_ISSUED, issuedAt,
                        facts.workloadHours(), CertificateService.LEDGER_SOURCE, id, a.topics());
                id++;
                progress.advance(1);
            }
        }
        progress.finish();
        return achievements.size();
    }

    private Template render(CertificateFacts facts) {
        byte[] bytes = pdf.render(facts, "https://regio-academy.example/verify/" + facts.code().value(), "{}");
        return new Template(bytes, GeneratedValues.sha256Hex(bytes));
    }
}
