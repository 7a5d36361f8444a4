package eu.regioacademy.privacy;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /reports/my-data.json}: the signed-in person's own data, for them only. */
@RestController
class PersonalDataController {

    static final String PATH = "/reports/my-data.json";

    private final PersonalDataService data;

    PersonalDataController(PersonalDataService data) {
        this.data = data;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> myData() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("my-data.json").build().toString())
                // personal data: no shared cache keeps a copy
                .cacheControl(CacheControl.noStore())
                .body(data.myDataJson());
    }
}
