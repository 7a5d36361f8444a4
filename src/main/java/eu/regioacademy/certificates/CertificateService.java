package eu.regioacademy.certificates;

import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.certificates.CertificateRepository.Key;
import eu.regioacademy.certificates.CertificateRepository.NewCertificate;
import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;

import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one certificate service every feature calls. Issuing runs inside the caller's
 * transaction, so an achievement and its certificate are stored together or not at all, and
 * the unique key on the achievement makes a second request return the first certificate.
 */
@Service
public class CertificateService {

    private final CertificateRepository certificates;
    private final CertificateQuery query;
    private final CertificateHolderQuery holders;
    private final CertificatePdf pdf;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditLog audit;
    private final String publicBaseUrl;
    private final ParticipationLedger ledger;

    /** Certificates per insert statement in a bulk issue (about 1.5 MB). */
    private static final int BATCH = 50;
    /** Batches rendering while one is stored: enough to keep every core busy, few enough to bound memory. */
    private static final int BATCHES_AHEAD = 3;

    /** The ledger's source type for certificate entries (issued, revoked). */
    public static final String LEDGER_SOURCE = "certificate";
    private final String issuer;
    private final String signatory;

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional(readOnly = true)
    public List<CertificateFacts> search(CertificateFilter filter, eu.regioacademy.platform.PageRequest page) {
        return query.page(filter, page);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional(readOnly = true)
    public int count(CertificateFilter filter) {
        return query.count(filter);
    }

    /** Streams a ZIP of the matching certificates' PDFs; returns how many went in. */
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional(readOnly = true)
    public int writeZip(CertificateFilter filter, java.io.OutputStream out) {
        return query.writeZip(filter, out);
    }

    CertificateService(CertificateRepository certificates, CertificateQuery query, CertificateHolderQuery holders, CertificatePdf pdf,
                       CurrentUser currentUser, JsonMapper json, Clock clock, ParticipationLedger ledger,
                       @Value("${regio.public-base-url:http://localhost:8080}") String publicBaseUrl,
                       @Value("${regio.certificates.issuer:Regio Academy network secretariat}") String issuer,
                       @Value("${regio.certificates.signatory:Secretary General}") String signatory, AuditLog audit) {
        this.certificates = certificates;
        this.query = query;
        this.holders = holders;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
        this.ledger = ledger;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.issuer = issuer;
        this.signatory = signatory;
    }

    /** Issues the achievement's certificate, or returns the one it already has. */
    // internal: only inside the calling feature's transaction (MANDATORY), after its own checks
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public VerificationCode issue(Achievement achievement) {
        return issueAll(List.of(achievement)).getFirst();
    }

    /**
     * Issues the achievements' certificates, or returns those they already have, in the order
     * given, all in the caller's transaction.
     */
    // internal: as issue
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VerificationCode> issueAll(List<Achievement> achievements) {
        Map<Key, VerificationCode> codes = new HashMap<>(certificates.codesOf(achievements));
        // each new achievement once, in key order: concurrent bulk issues then lock rows in the same order
        List<Achievement> fresh = List.copyOf(achievements.stream().filter(a -> !codes.containsKey(Key.of(a)))
                .collect(Collectors.toMap(Key::of, a -> a, (first, again) -> first, TreeMap::new)).values());
        if (!fresh.isEmpty()) issueNew(fresh, codes);
        return achievements.stream().map(a -> codes.get(Key.of(a))).toList();
    }

    /** The PDFs render on every core, a few batches ahead, while the batch before them is stored. */
    private void issueNew(List<Achievement> fresh, Map<Key, VerificationCode> codes) {
        Map<Long, CertificateHolderQuery.Holder> holderOf = holders.holders(
                fresh.stream().map(Achievement::holderId).collect(Collectors.toSet()));
        Instant issuedAt = clock.instant();
        List<List<Achievement>> batches = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i += BATCH) batches.add(fresh.subList(i, Math.min(fresh.size(), i + BATCH)));
        Deque<List<CompletableFuture<NewCertificate>>> rendering = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < batches.size() && rendering.size() < BATCHES_AHEAD) {
                rendering.add(render(batches.get(next++), holderOf, issuedAt));
            }
            while (!rendering.isEmpty()) {
                List<NewCertificate> rendered = rendering.remove().stream().map(CertificateService::result).toList();
                if (next < batches.size()) rendering.add(render(batches.get(next++), holderOf, issuedAt));
                store(rendered, codes);
            }
        } finally {
            rendering.forEach(batch -> batch.forEach(pending -> pending.cancel(false)));
        }
    }

    private List<CompletableFuture<NewCertificate>> render(List<Achievement> batch, Map<Long, CertificateHolderQuery.Holder> holderOf,
                                                           Instant issuedAt) {
        return batch.stream().map(achievement -> {
            CertificateHolderQuery.Holder holder = holderOf.get(achievement.holderId());
            CertificateFacts facts = new CertificateFacts(VerificationCode.random(), achievement.kind(), holder.name(),
                    achievement.title(), achievement.workloadHours(), achievement.achievedOn(), issuedAt, holder.language(),
                    issuer, signatory, null, null, achievement.details());
            return pdf.renderLater(facts, verifyUrl(facts.code()), credentialJson(facts))
                    .thenApply(bytes -> new NewCertificate(achievement, facts, bytes, sha256(bytes)));
        }).toList();
    }

    private static NewCertificate result(CompletableFuture<NewCertificate> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    private void store(List<NewCertificate> rendered, Map<Key, VerificationCode> codes) {
        Map<VerificationCode, Long> ids = certificates.insertAll(rendered);
        List<ParticipationEntry> entries = new ArrayList<>();
        for (NewCertificate certificate : rendered) {
            Achievement achievement = certificate.achievement();
            Long id = ids.get(certificate.facts().code());
            if (id == null) {
                // a parallel request issued it first: that one stands
                codes.put(Key.of(achievement), certificates.findByAchievementLatest(achievement).orElseThrow().facts().code());
                continue;
            }
            codes.put(Key.of(achievement), certificate.facts().code());
            entries.add(new ParticipationEntry(achievement.holderId(), ParticipationKind.CERTIFICATE_ISSUED,
                    certificate.facts().issuedAt(), achievement.workloadHours(), LEDGER_SOURCE, id));
        }
        ledger.recordAll(entries);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<CertificateFacts> mine() {
        return certificates.ofHolder(currentUser.require().id());
    }

    /** The PDF as issued, for its holder and the secretariat only; anyone else learns nothing. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> pdfFor(String typedCode) {
        SignedInUser user = currentUser.require();
        return VerificationCode.tryParse(typedCode)
                .flatMap(code -> certificates.findByCode(code)
                        .filter(c -> c.holderId() == user.id() || user.has(Role.SECRETARIAT))
                        // the file of an erased person carried their name: it is gone
                        .filter(c -> !c.facts().erased())
                        .flatMap(c -> certificates.pdf(code)));
    }

    /**
     * The certificate in another of the six languages, for its holder and the secretariat: the
     * same code and facts (the achievement keeps the title it was issued with), rendered once
     * and then kept, so every download of that language is identical too.
     */
    @PermitAll
    @Transactional
    public Optional<byte[]> pdfFor(String typedCode, String language) {
        SignedInUser user = currentUser.require();
        if (!eu.regioacademy.platform.i18n.Languages.isSupported(language)) return Optional.empty();
        Optional<CertificateRepository.Stored> stored = VerificationCode.tryParse(typedCode).flatMap(certificates::findByCode)
                .filter(c -> c.holderId() == user.id() || user.has(Role.SECRETARIAT))
                .filter(c -> !c.facts().erased());
        if (stored.isEmpty()) return Optional.empty();
        CertificateRepository.Stored certificate = stored.get();
        if (certificate.facts().language().equals(language)) return certificates.pdf(certificate.facts().code());
        return certificates.rendition(certificate.id(), language).or(() -> {
            CertificateFacts original = certificate.facts();
            CertificateFacts translated = new CertificateFacts(original.code(), original.kind(), original.holderName(),
                    original.title(), original.workloadHours(), original.achievedOn(), original.issuedAt(), language,
                    original.issuer(), original.signatory(), original.revokedAt(), original.revokedReason(), original.details());
            byte[] bytes = pdf.render(translated, verifyUrl(original.code()), credentialJson(original));
            if (!certificates.insertRendition(certificate.id(), language, bytes, sha256(bytes))) {
                return certificates.renditionLatest(certificate.id(), language);
            }
            return Optional.of(bytes);
        });
    }

    /** Public verification: the facts of a code, without the holder's account. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CertificateFacts> verify(VerificationCode code) {
        return certificates.findByCode(code).map(CertificateRepository.Stored::facts);
    }

    /** The largest upload worth checking: the certificates issued here are far smaller. */
    public static final int MAX_VERIFY_FILE_BYTES = 5 * 1024 * 1024;

    /**
     * Whether an uploaded file is, byte for byte, a certificate issued here. A file that cannot
     * be one (too large, not a PDF, or a PDF cut off before its end marker) is refused with the
     * reason, so the person learns what is wrong with their file rather than "unknown".
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CertificateFacts> verifyFile(byte[] file) {
        if (file.length > MAX_VERIFY_FILE_BYTES) throw InvalidInputException.of("file", "verify.file-too-large");
        if (!startsWith(file, "%PDF-")) throw InvalidInputException.of("file", "verify.file-not-pdf");
        if (!endsWithEofMarker(file)) throw InvalidInputException.of("file", "verify.file-truncated");
        return certificates.findBySha256(sha256(file)).map(CertificateRepository.Stored::facts);
    }

    /**
     * The secretariat issues a certificate for something done outside the platform (an external
     * workshop, a conference): each such issue is its own achievement.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    public VerificationCode issueManually(String holderEmail, String title, @org.jspecify.annotations.Nullable BigDecimal hours,
                                          java.time.@org.jspecify.annotations.Nullable LocalDate achievedOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long holder = holders.idOf(holderEmail.strip().toLowerCase(java.util.Locale.ROOT));
        if (holder == null) errors.put("holder", "certificate.error.unknown-holder");
        if (title.isBlank()) errors.put("title", "validation.required");
        else if (title.strip().length() > 300) errors.put("title", "validation.too-long");
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            errors.put("hours", "certificate.error.hours");
        }
        if (achievedOn == null || achievedOn.isAfter(java.time.LocalDate.now(clock))) errors.put("achievedOn", "certificate.error.date");
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        long sourceId = certificates.nextManualNumber();
        VerificationCode code = issue(new Achievement(CertificateKind.MANUAL, holder, title.strip(), hours, achievedOn, "manual", sourceId));
        audit.record(AuditAction.CERTIFICATE_ISSUED, "certificate", certificates.findByCode(code).orElseThrow().id(),
                "manual, holder " + holder);
        return code;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    public void revoke(VerificationCode code, String reason) {
        String clean = reason.strip();
        if (clean.isEmpty()) throw InvalidInputException.of("reason", "validation.required");
        if (clean.length() > 500) throw InvalidInputException.of("reason", "validation.too-long");
        if (!certificates.revoke(code, clock.instant(), clean, currentUser.require().id())) {
            throw InvalidInputException.of("code", "certificate.error.not-revocable");
        }
        CertificateRepository.Stored revoked = certificates.findByCode(code).orElseThrow();
        audit.record(AuditAction.CERTIFICATE_REVOKED, "certificate", revoked.id(), clean);
        ledger.record(new ParticipationEntry(revoked.holderId(), ParticipationKind.CERTIFICATE_REVOKED, clock.instant(),
                java.math.BigDecimal.ZERO, LEDGER_SOURCE, revoked.id()));
    }

    // the public verification address of a code; no data
    @PermitAll
    public String verifyUrl(VerificationCode code) {
        return publicBaseUrl + "/verify/" + code.value();
    }

    /** The credential in the shape of the W3C Verifiable Credentials / Open Badges 3.0 data model. */
    String credentialJson(CertificateFacts facts) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", verifyUrl(facts.code()));
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", Map.of("id", publicBaseUrl, "type", List.of("Profile"), "name", facts.issuer()));
        credential.put("validFrom", facts.issuedAt().toString());
        credential.put("name", facts.title());
        credential.put("credentialSubject", Map.of("type", List.of("AchievementSubject"), "name", facts.holderName(),
                "achievement", Map.of("id", verifyUrl(facts.code()) + "#achievement", "type", List.of("Achievement"),
                        "achievementType", facts.kind().name(), "name", facts.title(),
                        "criteria", Map.of("narrative", facts.kind().name()),
                        "workloadHours", facts.workloadHours().toPlainString(),
                        "achievedOn", facts.achievedOn().toString())));
        credential.put("credentialStatus", Map.of("id", publicBaseUrl + "/api/certificates/" + facts.code().value(),
                "type", "RegioAcademyStatus"));
        return json.writeValueAsString(credential);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    private static boolean startsWith(byte[] file, String prefix) {
        byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return file.length >= p.length && java.util.Arrays.equals(file, 0, p.length, p, 0, p.length);
    }

    /** A complete PDF ends with "%%EOF", perhaps followed by line breaks or a few stray bytes. */
    private static boolean endsWithEofMarker(byte[] file) {
        String tail = new String(file, Math.max(0, file.length - 1024), Math.min(1024, file.length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
