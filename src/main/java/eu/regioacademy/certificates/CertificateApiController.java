package eu.regioacademy.certificates;

import eu.regioacademy.platform.security.RequestRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/certificates/{code}}: the verification facts for machines. Public, rate-limited
 * per client, and only ever answers about the one code asked: nothing lists or enumerates.
 */
@RestController
class CertificateApiController {

    static final int REQUESTS_PER_MINUTE = 30;

    private final CertificateService certificates;
    private final RequestRateLimiter limiter;

    CertificateApiController(CertificateService certificates, RequestRateLimiter limiter) {
        this.certificates = certificates;
        this.limiter = limiter;
    }

    @GetMapping("/api/certificates/{code}")
    ResponseEntity<Map<String, Object>> verify(@PathVariable String code, HttpServletRequest request) {
        if (!limiter.tryAcquire("api:" + request.getRemoteAddr(), REQUESTS_PER_MINUTE)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .body(Map.of("status", "rate-limited"));
        }
        return switch (VerificationCode.parse(code)) {
            case VerificationCode.Valid valid -> certificates.verify(valid.code())
                    .map(facts -> ResponseEntity.ok(body(facts)))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", "unknown")));
            case VerificationCode.TypingError typo ->
                    ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", "typing-error"));
            case VerificationCode.Malformed malformed ->
                    ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", "malformed"));
        };
    }

    private static Map<String, Object> body(CertificateFacts facts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", facts.revoked() ? "revoked" : "valid");
        body.put("code", facts.code().display());
        body.put("kind", facts.kind().name());
        // a person erased on request has no name here any more
        if (!facts.erased()) body.put("holder", facts.holderName());
        body.put("achievement", facts.title());
        body.put("workloadHours", facts.workloadHours());
        body.put("achievedOn", facts.achievedOn().toString());
        body.put("issuedAt", facts.issuedAt().toString());
        body.put("issuer", facts.issuer());
        body.put("signatory", facts.signatory());
        if (facts.revoked()) {
            body.put("revokedAt", facts.revokedAt().toString());
            body.put("revocationReason", facts.revokedReason());
        }
        return body;
    }
}
