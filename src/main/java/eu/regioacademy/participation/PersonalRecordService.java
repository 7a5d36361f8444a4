package eu.regioacademy.participation;

import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own participation record, for their CV. It only ever reads the signed-in user's
 * record: there is deliberately no way to ask for someone else's.
 */
@Service
public class PersonalRecordService {

    private final PersonalRecordQuery records;
    private final PersonalRecordPdf pdf;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;
    private final String verifyAddress;

    PersonalRecordService(PersonalRecordQuery records, PersonalRecordPdf pdf, CurrentUser currentUser, Clock clock,
                          @Value("${regio.public-base-url:http://localhost:8080}") String publicBaseUrl, AuditLog audit) {
        this.records = records;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
        this.verifyAddress = publicBaseUrl + "/verify/";
    }

    /** Titles in the given language where the activity has it, otherwise English. */
    @PermitAll
    @Transactional(readOnly = true)
    public PersonalRecord myRecord(Locale language) {
        SignedInUser user = currentUser.require();
        ZoneId zone = zoneOf(user);
        PersonalRecordQuery.Person person = records.person(user.id());
        return new PersonalRecord(person.name(), person.regionName(), clock.instant().atZone(zone),
                records.items(user.id(), language.getLanguage(), zone));
    }

    /** The record as a PDF in the requested language (one of the six), else in the user's own. */
    @PermitAll
    @Transactional
    public byte[] myRecordPdf(@Nullable String language) {
        SignedInUser user = currentUser.require();
        Locale locale = language != null && Languages.isSupported(language) ? Languages.fromTag(language)
                : Languages.fromTag(user.locale());
        // a download of personal data is on record (who took a copy, when), in this transaction
        audit.record(AuditAction.PERSONAL_RECORD_DOWNLOADED, "app_user", user.id(), locale.getLanguage());
        return pdf.render(myRecord(locale), locale, verifyAddress);
    }

    private static ZoneId zoneOf(SignedInUser user) {
        try {
            return ZoneId.of(user.timeZone());
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("Europe/Brussels");
        }
    }
}
