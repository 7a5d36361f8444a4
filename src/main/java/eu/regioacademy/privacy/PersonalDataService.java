package eu.regioacademy.privacy;

import eu.regioacademy.participation.PersonalRecordService;
import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's copy of their own data (GDPR art. 15 and 20). Like the participation record it
 * takes no user id: it only ever exports the signed-in person, so nobody can ask for anyone
 * else's. Each download is on the audit log.
 */
@Service
public class PersonalDataService {

    /** The version of the export's layout, so a reader can tell later changes apart. */
    static final int FORMAT = 1;

    private final PersonalDataQuery query;
    private final PersonalRecordService records;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    PersonalDataService(PersonalDataQuery query, PersonalRecordService records, CurrentUser currentUser, AuditLog audit,
                        Clock clock) {
        this.query = query;
        this.records = records;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Everything about the signed-in person as UTF-8 JSON (times in UTC, ISO-8601). */
    @PermitAll
    @Transactional
    public byte[] myDataJson() {
        SignedInUser user = currentUser.require();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", FORMAT);
        export.put("exportedAt", clock.instant().toString());
        export.put("userId", user.id());
        export.putAll(query.of(user.id()));
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "app_user", user.id(), "json");
        return json.writeValueAsBytes(export);
    }

    /** The participation record PDF, in the given language or the person's own. */
    @PermitAll
    @Transactional
    public byte[] myParticipationPdf(@Nullable String language) {
        return records.myRecordPdf(language);
    }
}
