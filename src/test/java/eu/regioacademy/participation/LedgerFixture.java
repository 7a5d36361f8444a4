package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.REGION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Ledger entries with chosen people, days and topics, for dashboard figures computed by hand. */
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
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
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

    /** For committing tests: removes what {@link #entry} wrote. */
    public void removeEntries() {
        entries.removeBySource(SOURCE);
    }
}
