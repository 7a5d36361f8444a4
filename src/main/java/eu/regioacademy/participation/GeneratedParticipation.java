package eu.regioacademy.participation;

import eu.regioacademy.people.GeneratedStaff.StaffMember;
import eu.regioacademy.platform.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plausible ledger history for demo installations and benchmarks: a few very active people
 * and many occasional ones, activity growing over the period and quieter in August and
 * late December, kinds and quantities in the proportions a network like ours sees.
 * Entries are marked with their own source type, so they never pass for real activity.
 */
@Component
public class GeneratedParticipation {

    public static final String SOURCE = "generated";
    private static final int BATCH = 1000;

    private record Share(ParticipationKind kind, int weight, double minQuantity, double maxQuantity) {
    }

    private static final List<Share> SHARES = List.of(
            new Share(ParticipationKind.MODULE_ENROLLED, 300, 0, 0),
            new Share(ParticipationKind.MODULE_COMPLETED, 220, 1, 6),
            new Share(ParticipationKind.CERTIFICATE_ISSUED, 120, 1, 6),
            new Share(ParticipationKind.MENTORING_SESSION_HELD, 150, 1, 1.5),
            new Share(ParticipationKind.VISIT_ATTENDED, 60, 2, 4),
            new Share(ParticipationKind.VISIT_FOLLOW_UP_ANSWERED, 40, 0, 0),
            new Share(ParticipationKind.EXCHANGE_COMPLETED, 30, 2, 6),
            new Share(ParticipationKind.MENTORING_COMPLETED, 20, 4, 12),
            new Share(ParticipationKind.CERTIFICATE_REVOKED, 2, 0, 0));
    private static final int TOTAL_WEIGHT = SHARES.stream().mapToInt(Share::weight).sum();

    private final ParticipationRepository entries;

    GeneratedParticipation(ParticipationRepository entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public boolean present() {
        return entries.countBySource(SOURCE) > 0;
    }

    /**
     * Writes {@code count} entries between the two days for the given people, in batches,
     * telling {@code progress} how many are written so far.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int generate(List<StaffMember> staff, LocalDate from, LocalDate to, int count, long seed,
                        IntConsumer progress) {
        Random random = new Random(seed);
        long firstId = entries.maxSourceId(SOURCE) + 1;
        long seconds = to.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC)
                - from.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<ParticipationRepository.GeneratedEntry> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StaffMember who = staff.get(skewedIndex(random, staff.size()));
            Instant at = start.plusSeconds(growingOffset(random, seconds));
            Share share = share(random);
            double q = share.minQuantity() + random.nextDouble() * (share.maxQuantity() - share.minQuantity());
            BigDecimal quantity = BigDecimal.valueOf(Math.round(q * 2) / 2.0);
            generated.add(new ParticipationRepository.GeneratedEntry(who.userId(), who.regionId(), share.kind(), at,
                    quantity, SOURCE, firstId + i, topics(random)));
        }
        // in time order: the ledger is clustered by time (see LedgerWriter)
        generated.sort(java.util.Comparator.comparing(ParticipationRepository.GeneratedEntry::occurredAt));
        for (int first = 0; first < count; first += BATCH) {
            entries.insertGenerated(generated.subList(first, Math.min(count, first + BATCH)));
            progress.accept(Math.min(count, first + BATCH));
        }
        entries.recountMonths(from, to);
        progress.accept(count);
        return count;
    }

    /** A quarter of the people account for most of the activity. */
    private static int skewedIndex(Random random, int size) {
        return random.nextInt(4) == 0 ? random.nextInt(size) : random.nextInt(Math.max(1, size / 4));
    }

    /** Later days are likelier (the network grows); August and the last week of December are quiet. */
    private static long growingOffset(Random random, long seconds) {
        while (true) {
            long offset = (long) (Math.sqrt(random.nextDouble()) * seconds);
            LocalDate day = LocalDate.ofEpochDay(offset / 86_400);
            boolean quiet = day.getMonthValue() == 8 || (day.getMonthValue() == 12 && day.getDayOfMonth() > 22);
            if (!quiet || random.nextInt(3) == 0) return Math.min(offset, seconds - 1);
        }
    }

    private static Share share(Random random) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (Share s : SHARES) {
            pick -= s.weight();
            if (pick < 0) return s;
        }
        return SHARES.getFirst();
    }

    private static String topics(Random random) {
        String first = Topics.ALL.get(random.nextInt(Topics.ALL.size()));
        if (random.nextBoolean()) return first;
        String second = Topics.ALL.get(random.nextInt(Topics.ALL.size()));
        return second.equals(first) ? first : first + "," + second;
    }
}
