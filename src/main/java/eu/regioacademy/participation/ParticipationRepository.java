package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ParticipationRepository {

    private final DSLContext db;

    ParticipationRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts the entries not yet recorded (same kind and source = the same entry). */
    int insertMissing(List<ParticipationEntry> entries) {
        int inserted = 0;
        for (ParticipationEntry e : entries) {
            inserted += db.insertInto(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.USER_ID, PARTICIPATION_ENTRY.REGION_ID,
                            PARTICIPATION_ENTRY.KIND, PARTICIPATION_ENTRY.OCCURRED_AT, PARTICIPATION_ENTRY.QUANTITY,
                            PARTICIPATION_ENTRY.SOURCE_TYPE, PARTICIPATION_ENTRY.SOURCE_ID)
                    .select(DSL.select(APP_USER.ID, APP_USER.REGION_ID, DSL.val(e.kind().name()),
                                    DSL.val(e.occurredAt(), PARTICIPATION_ENTRY.OCCURRED_AT), DSL.val(e.quantity()),
                                    DSL.val(e.source()), DSL.val(e.sourceId()))
                            .from(APP_USER).where(APP_USER.ID.eq(e.userId())))
                    .onDuplicateKeyIgnore()
                    .execute();
        }
        return inserted;
    }

    int count(long userId, ParticipationKind kind) {
        return db.fetchCount(PARTICIPATION_ENTRY,
                PARTICIPATION_ENTRY.USER_ID.eq(userId).and(PARTICIPATION_ENTRY.KIND.eq(kind.name())));
    }
}
