package eu.regioacademy.participation;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /reports/my-participation.pdf}: the signed-in person's own participation record. */
@RestController
class PersonalRecordController {

    private final PersonalRecordService records;

    PersonalRecordController(PersonalRecordService records) {
        this.records = records;
    }

    @GetMapping("/reports/my-participation.pdf")
    ResponseEntity<byte[]> myRecord(@RequestParam(required = false) @Nullable String lang) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("participation-record.pdf").build().toString())
                // personal data: no shared cache keeps a copy
                .cacheControl(CacheControl.noStore())
                .body(records.myRecordPdf(lang));
    }
}
