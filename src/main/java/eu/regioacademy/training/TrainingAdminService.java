package eu.regioacademy.training;

import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's side of training: publishing, cohort enrolment and progress reports. */
@Service
@RolesAllowed(Roles.SECRETARIAT)
@Transactional(readOnly = true)
public class TrainingAdminService {

    private final TrainingReportQuery reports;
    private final ModuleRepository modules;
    private final EnrolmentRepository enrolments;
    private final ParticipationLedger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrainingAdminService(TrainingReportQuery reports, ModuleRepository modules, EnrolmentRepository enrolments,
                         ParticipationLedger ledger, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.modules = modules;
        this.enrolments = enrolments;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<ModuleAdminRow> modules(String language, PageRequest page) {
        return reports.modules(language, page);
    }

    public java.util.Optional<Long> moduleIdOf(String code) {
        return enrolments.findModule(code).map(EnrolmentRepository.ModuleRow::id);
    }

    public int moduleCount() {
        return reports.moduleCount();
    }

    @Transactional
    public void setStatus(long moduleId, ModuleStatus status) {
        if (!modules.setStatus(moduleId, status)) throw InvalidInputException.of("module", "training.error.unknown-module");
    }

    /** Enrols all active staff of the regions in one transaction; returns how many were new. */
    @Transactional
    public int enrolCohort(String code, Collection<Long> regionIds) {
        if (regionIds.isEmpty()) throw InvalidInputException.of("regions", "validation.required");
        var module = enrolments.findModule(code)
                .orElseThrow(() -> InvalidInputException.of("module", "training.error.unknown-module"));
        var added = enrolments.insertCohort(module.id(), module.currentVersionId(), regionIds, currentUser.require().id());
        Instant now = clock.instant();
        ledger.recordAll(added.stream().map(e -> new ParticipationEntry(e.userId(), ParticipationKind.MODULE_ENROLLED, now,
                BigDecimal.ZERO, "enrolment", e.enrolmentId())).toList());
        return added.size();
    }

    public List<LearnerProgressRow> progress(long moduleId, ProgressFilter filter, PageRequest page) {
        return reports.progress(moduleId, filter, page);
    }

    public int progressCount(long moduleId, ProgressFilter filter) {
        return reports.progressCount(moduleId, filter);
    }

    /** CSV (RFC 4180, UTF-8) of the filtered progress table, streamed row by row. */
    public void exportProgressCsv(long moduleId, ProgressFilter filter, Writer out) {
        try {
            out.write("name,email,region,status,progress_percent,best_score,enrolled_at,completed_at\r\n");
            reports.streamProgress(moduleId, filter, row -> {
                try {
                    out.write(String.join(",", csv(row.name()), csv(row.email()), csv(row.regionName()),
                            row.status().name(), String.valueOf(row.progressPercent()),
                            row.bestScore() == null ? "" : row.bestScore().toString(), row.enrolledAt().toString(),
                            row.completedAt() == null ? "" : row.completedAt().toString()));
                    out.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes a field, and defuses values a spreadsheet would run as a formula. */
    static String csv(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
