package eu.regioacademy.participation;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of what each person did. Features record into it inside their own transaction
 * (MANDATORY), so an activity and its entry are written together or not at all.
 */
@Service
// internal: features write entries inside their own transactions (MANDATORY), after their own checks
@PermitAll
public class ParticipationLedger {

    private final ParticipationRepository entries;

    ParticipationLedger(ParticipationRepository entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ParticipationEntry entry) {
        entries.insertMissing(List.of(entry));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int recordAll(List<ParticipationEntry> newEntries) {
        return entries.insertMissing(newEntries);
    }

    /** For generated data only: entries written as given, summaries recounted afterwards. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerWriter bulkWriter() {
        return entries.writer();
    }

    /** Recounts the monthly summaries of whole months from the ledger, after bulk writes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recountSummaries(java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
        entries.recountMonths(firstDay, lastDay);
    }

    /** How many entries the ledger holds. */
    @Transactional(readOnly = true)
    public long size() {
        return entries.size();
    }

    @Transactional(readOnly = true)
    public int count(long userId, ParticipationKind kind) {
        return entries.count(userId, kind);
    }
}
