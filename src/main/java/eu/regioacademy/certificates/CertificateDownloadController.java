package eu.regioacademy.certificates;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /certificates/{code}.pdf}: the PDF exactly as issued, for its holder and the
 * secretariat. Anyone else gets the same 404 as for a code that does not exist.
 */
@RestController
class CertificateDownloadController {

    private final CertificateService certificates;

    CertificateDownloadController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code,
                               @org.springframework.web.bind.annotation.RequestParam(required = false) String lang) {
        return (lang == null ? certificates.pdfFor(code) : certificates.pdfFor(code, lang))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("certificate-" + VerificationCode.normalise(code) + ".pdf").build().toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
