package eu.regioacademy.platform.audit;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records decisions, inside the deciding transaction (propagation MANDATORY): a decision and its
 * audit row commit together or not at all. The actor is the signed-in user (none for jobs).
 * Details name things by id, never a person's name or e-mail, so erasure leaves the log intact.
 */
@Service
public class AuditLog {

    /** The longest detail kept; longer ones are cut (the log is not the place for whole texts). */
    static final int DETAIL_LENGTH = 500;

    private final AuditRepository repository;
    private final AuditQuery query;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditRepository repository, AuditQuery query, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.query = query;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a decision by the signed-in user about one target (type and id). Open to any caller:
     * it runs only inside the deciding transaction, whose service has already checked who may decide.
     */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String targetType, @Nullable Long targetId, @Nullable String detail) {
        Long actor = currentUser.find().map(SignedInUser::id).orElse(null);
        String cut = detail == null || detail.isBlank() ? null
                : detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail;
        repository.insert(clock.instant(), actor, action, targetType, targetId, cut);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, PageRequest page) {
        return query.page(filter, zone(), page);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return query.count(filter, zone());
    }

    /** Day filters are the admin's days, in their time zone. */
    private ZoneId zone() {
        try {
            return ZoneId.of(currentUser.require().timeZone());
        } catch (DateTimeException e) {
            return ZoneId.of("Europe/Brussels");
        }
    }
}
