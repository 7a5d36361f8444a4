package eu.regioacademy.scale;

import jakarta.annotation.security.PermitAll;
import eu.regioacademy.certificates.GeneratedCertificates;
import eu.regioacademy.exchanges.GeneratedExchanges;
import eu.regioacademy.mentoring.GeneratedMentoring;
import eu.regioacademy.participation.GeneratedParticipation;
import eu.regioacademy.participation.LedgerWriter;
import eu.regioacademy.participation.ParticipationLedger;
import eu.regioacademy.people.GeneratedRegions;
import eu.regioacademy.people.GeneratedStaff;
import eu.regioacademy.people.GeneratedStaff.StaffMember;
import eu.regioacademy.people.Region;
import eu.regioacademy.platform.ProgressLog;
import eu.regioacademy.studyvisits.GeneratedStudyVisits;
import eu.regioacademy.training.GeneratedTraining;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a network's worth of data, feature by feature, each in its own
 * transaction (a failed step leaves the steps before it): regions and people first, then each
 * feature's activity with its ledger entries, then certificates for a share of what was
 * achieved, then generated ledger history up to the wanted size, and the ledger's summaries
 * recounted once at the end.
 */
@Service
// internal: the command-line generator of benchmark data (ScaleDataCommand); no view or endpoint calls it
@PermitAll
public class ScaleDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);
    static final int YEARS = 3;

    /** What was written and how long it took. */
    public record Report(int people, int achievements, int certificates, long ledgerEntries,
                         Duration took) {
    }

    private final GeneratedRegions regions;
    private final GeneratedStaff staff;
    private final GeneratedTraining training;
    private final GeneratedStudyVisits studyVisits;
    private final GeneratedMentoring mentoring;
    private final GeneratedExchanges exchanges;
    private final GeneratedCertificates certificates;
    private final GeneratedParticipation history;
    private final ParticipationLedger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScaleDataGenerator(GeneratedRegions regions, GeneratedStaff staff, GeneratedTraining training,
                       GeneratedStudyVisits studyVisits, GeneratedMentoring mentoring, GeneratedExchanges exchanges,
                       GeneratedCertificates certificates, GeneratedParticipation history, ParticipationLedger ledger,
                       TransactionTemplate transaction, Clock clock) {
        this.regions = regions;
        this.staff = staff;
        this.training = training;
        this.studyVisits = studyVisits;
        this.mentoring = mentoring;
        this.exchanges = exchanges;
        this.certificates = certificates;
        this.history = history;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Whether this database holds generated network data already. */
    public boolean generated() {
        return Boolean.TRUE.equals(transaction.execute(status -> training.present()));
    }

    public Report generate(ScaleSize size, long seed) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate firstDay = today.minusYears(YEARS).plusDays(1);
        Instant from = firstDay.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = clock.instant();

        List<Region> network = inTransaction("regions", ledgerUnused -> regions.ensure(size.regions(), seed));
        List<StaffMember> people = inTransaction("people", ledgerUnused -> staff.ensure(size.people(), seed));

        List<GeneratedCertificates.Achieved> achieved = new ArrayList<>();
        achieved.addAll(inTransaction("training", writer -> training.generate(people, size.modules(),
                size.enrolments(), from, to, seed, writer)));
        achieved.addAll(inTransaction("study visits", writer -> studyVisits.generate(network, people, size.visits(),
                size.visitApplications(), from, to, seed, writer)));
        achieved.addAll(inTransaction("mentoring", writer -> mentoring.generate(people, size.pairings(),
                size.sessions(), from, to, seed, writer)));
        achieved.addAll(inTransaction("exchanges", writer -> exchanges.generate(network, people, size.placements(),
                from, to, seed, writer)));

        List<GeneratedCertificates.Achieved> certified = chooseForCertificates(achieved, size.certificates(), seed);
        inTransaction("certificates", writer -> certificates.generate(certified, seed, writer));

        long ledgerSize = inTransaction("ledger size", writerUnused -> ledger.size());
        int missing = (int) Math.max(0, size.ledgerEntries() - ledgerSize);
        ProgressLog progress = ProgressLog.start("ledger history", missing);
        int[] reported = {0};
        inTransaction("ledger history", writerUnused -> history.generate(people, firstDay, today, missing, seed, n -> {
            progress.advance(n - reported[0]);
            reported[0] = n;
        }));
        progress.finish();

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long entries = inTransaction("ledger size", writerUnused -> ledger.size());
        log.info("Network data generated in {} s: {} people, {} certificates, {} ledger entries", took.toSeconds(),
                people.size(), certified.size(), entries);
        return new Report(people.size(), achieved.size(), certified.size(), entries, took);
    }

    /** The earliest achievements first would leave recent months without certificates: a seeded sample. */
    private static List<GeneratedCertificates.Achieved> chooseForCertificates(List<GeneratedCertificates.Achieved> all,
                                                                             int count, long seed) {
        List<GeneratedCertificates.Achieved> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        List<GeneratedCertificates.Achieved> chosen = new ArrayList<>(shuffled.subList(0, Math.min(count, shuffled.size())));
        chosen.sort(Comparator.comparing(GeneratedCertificates.Achieved::achievedAt));
        return chosen;
    }

    /** One step in its own transaction, with a ledger writer for the entries the step records. */
    private <T> T inTransaction(String step, Function<LedgerWriter, T> work) {
        T result = transaction.execute(status -> {
            try (LedgerWriter writer = ledger.bulkWriter()) {
                return work.apply(writer);
            }
        });
        if (result == null) throw new IllegalStateException(step + " returned nothing");
        return result;
    }
}
