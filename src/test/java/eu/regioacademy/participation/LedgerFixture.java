package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static eu.regioacademy.db.Tables.REGION;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Ledger entries with chosen people, days and topics, for dashboard figures computed by hand,
 * and the entries the features wrote, as tests read them back.
 */
@Component
public class LedgerFixture {

    public static final String SOURCE = "fixture";
    private static final AtomicLong SOURCE_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final DSLContext db;
    private final ParticipationRepository entries;

    LedgerFixture(DSLContext db, ParticipationRepository entries) {
        this.db = db;
        this.entries = entries;
    }

    public long userId(String email) {
        return eu.regioacademy.TestUsers.idOf(db, email);
    }

    public long regionOf(String email) {
        return db.select(APP_USER.REGION_ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.REGION_ID);
    }

    public long region(String nutsCode) {
        return db.select(REGION.ID).from(REGION).where(REGION.NUTS_CODE.eq(nutsCode)).fetchSingle(REGION.ID);
    }

    /** An entry at noon UTC of the day, in the person's current region. */
    public void entry(String email, ParticipationKind kind, LocalDate day, String quantity, String topics) {
        entries.insertCounted(List.of(new ParticipationRepository.GeneratedEntry(userId(email), regionOf(email), kind,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), new BigDecimal(quantity), SOURCE, SOURCE_IDS.incrementAndGet(),
                topics)));
    }

    /** An entry at any time, in any region (the person's region when they took part). */
    public void entry(String email, long regionId, ParticipationKind kind, Instant at, String quantity, String topics) {
        entries.insertCounted(List.of(new ParticipationRepository.GeneratedEntry(userId(email), regionId, kind, at,
                new BigDecimal(quantity), SOURCE, SOURCE_IDS.incrementAndGet(), topics)));
    }

    /** A ledger entry as stored; the topics are the SET's members. */
    public record Recorded(long userId, long regionId, ParticipationKind kind, Instant occurredAt, BigDecimal quantity,
                           String source, long sourceId, Set<String> topics) {
    }

    /** The entries an activity wrote (one source row may give several kinds or people), in id order. */
    public List<Recorded> entriesOf(String source, long sourceId) {
        return db.selectFrom(PARTICIPATION_ENTRY)
                .where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(source).and(PARTICIPATION_ENTRY.SOURCE_ID.eq(sourceId)))
                .orderBy(PARTICIPATION_ENTRY.ID)
                .fetch(r -> new Recorded(r.getUserId(), r.getRegionId(), ParticipationKind.valueOf(r.getKind()),
                        r.getOccurredAt(), r.getQuantity(), r.getSourceType(), r.getSourceId(), topics(r.getTopics())));
    }

    /** Entries of the kind, of everyone. */
    public int count(ParticipationKind kind) {
        return db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.KIND.eq(kind.name()));
    }

    private static Set<String> topics(String set) {
        return set == null || set.isEmpty() ? Set.of() : Arrays.stream(set.split(",")).collect(Collectors.toSet());
    }

    /** For committing tests: removes what {@link #entry} wrote. */
    public void removeEntries() {
        entries.removeBySource(SOURCE);
    }
}
