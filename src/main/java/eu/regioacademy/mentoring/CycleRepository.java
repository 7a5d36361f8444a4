package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.MENTORING_CYCLE;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_REQUEST;
import static eu.regioacademy.db.Tables.REGION;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Mentoring cycles and the requests learners make in them. */
@Repository
class CycleRepository {

    record RequestRow(long id, long cycleId, long menteeId, String status) {
    }

    private final DSLContext db;

    CycleRepository(DSLContext db) {
        this.db = db;
    }

    long insertCycle(String name, LocalDate startsOn, LocalDate endsOn, long createdBy) {
        return db.insertInto(MENTORING_CYCLE).set(MENTORING_CYCLE.NAME, name.strip()).set(MENTORING_CYCLE.STARTS_ON, startsOn)
                .set(MENTORING_CYCLE.ENDS_ON, endsOn).set(MENTORING_CYCLE.CREATED_BY, createdBy)
                .returningResult(MENTORING_CYCLE.ID).fetchSingle().value1();
    }

    List<Cycle> cycles() {
        var requests = DSL.field(DSL.selectCount().from(MENTORING_REQUEST).where(MENTORING_REQUEST.CYCLE_ID.eq(MENTORING_CYCLE.ID)));
        var open = DSL.field(DSL.selectCount().from(MENTORING_REQUEST)
                .where(MENTORING_REQUEST.CYCLE_ID.eq(MENTORING_CYCLE.ID).and(MENTORING_REQUEST.STATUS.eq("OPEN"))));
        var pairings = DSL.field(DSL.selectCount().from(MENTORING_PAIRING)
                .where(MENTORING_PAIRING.CYCLE_ID.eq(MENTORING_CYCLE.ID).and(MENTORING_PAIRING.STATUS.in("PROPOSED", "ACTIVE", "COMPLETED"))));
        return db.select(MENTORING_CYCLE.ID, MENTORING_CYCLE.NAME, MENTORING_CYCLE.STARTS_ON, MENTORING_CYCLE.ENDS_ON,
                        MENTORING_CYCLE.STATUS, requests, open, pairings)
                .from(MENTORING_CYCLE).orderBy(MENTORING_CYCLE.STARTS_ON.desc(), MENTORING_CYCLE.ID.desc())
                .fetch(r -> new Cycle(r.value1(), r.value2(), r.value3(), r.value4(), "OPEN".equals(r.value5()), r.value6(),
                        r.value7(), r.value8()));
    }

    Optional<Cycle> cycle(long id) {
        return cycles().stream().filter(c -> c.id() == id).findFirst();
    }

    Optional<Long> insertRequest(RequestDraft d, long menteeId) {
        int inserted = db.insertInto(MENTORING_REQUEST).set(MENTORING_REQUEST.CYCLE_ID, d.cycleId())
                .set(MENTORING_REQUEST.MENTEE_ID, menteeId).set(MENTORING_REQUEST.GOALS, d.goals().strip())
                .set(MENTORING_REQUEST.TOPICS, String.join(",", d.topics()))
                .set(MENTORING_REQUEST.LANGUAGES, String.join(",", d.languages()))
                .set(MENTORING_REQUEST.OTHER_REGION, d.otherRegion()).set(MENTORING_REQUEST.OTHER_COUNTRY, d.otherCountry())
                .onDuplicateKeyIgnore().execute();
        if (inserted == 0) return Optional.empty();
        return Optional.of(db.select(MENTORING_REQUEST.ID).from(MENTORING_REQUEST)
                .where(MENTORING_REQUEST.CYCLE_ID.eq(d.cycleId()).and(MENTORING_REQUEST.MENTEE_ID.eq(menteeId)))
                .fetchSingle(MENTORING_REQUEST.ID));
    }

    List<MyRequest> requestsOf(long menteeId) {
        return db.select(MENTORING_REQUEST.asterisk(), MENTORING_CYCLE.NAME).from(MENTORING_REQUEST)
                .join(MENTORING_CYCLE).on(MENTORING_CYCLE.ID.eq(MENTORING_REQUEST.CYCLE_ID))
                .where(MENTORING_REQUEST.MENTEE_ID.eq(menteeId)).orderBy(MENTORING_REQUEST.CREATED_AT.desc())
                .fetch(r -> new MyRequest(r.get(MENTORING_REQUEST.ID), r.get(MENTORING_REQUEST.CYCLE_ID), r.get(MENTORING_CYCLE.NAME),
                        r.get(MENTORING_REQUEST.GOALS), split(r.get(MENTORING_REQUEST.TOPICS)),
                        List.copyOf(split(r.get(MENTORING_REQUEST.LANGUAGES))), r.get(MENTORING_REQUEST.OTHER_REGION),
                        r.get(MENTORING_REQUEST.OTHER_COUNTRY), r.get(MENTORING_REQUEST.STATUS)));
    }

    Optional<RequestRow> lockRequest(long requestId) {
        return db.selectFrom(MENTORING_REQUEST).where(MENTORING_REQUEST.ID.eq(requestId)).forUpdate()
                .fetchOptional(r -> new RequestRow(r.getId(), r.getCycleId(), r.getMenteeId(), r.getStatus()));
    }

    void setRequestStatus(long requestId, String status) {
        db.update(MENTORING_REQUEST).set(MENTORING_REQUEST.STATUS, status).where(MENTORING_REQUEST.ID.eq(requestId)).execute();
    }

    /** Open requests of a cycle, as matching sees the mentees. */
    List<MatchScoring.Mentee> openRequests(long cycleId) {
        return mentees().where(MENTORING_REQUEST.CYCLE_ID.eq(cycleId).and(MENTORING_REQUEST.STATUS.eq("OPEN")))
                .orderBy(MENTORING_REQUEST.CREATED_AT, MENTORING_REQUEST.ID).fetch(CycleRepository::mentee);
    }

    Optional<MatchScoring.Mentee> mentee(long requestId) {
        return mentees().where(MENTORING_REQUEST.ID.eq(requestId)).fetchOptional(CycleRepository::mentee);
    }

    private org.jooq.SelectOnConditionStep<Record> mentees() {
        return db.select(MENTORING_REQUEST.asterisk(), APP_USER.DISPLAY_NAME, REGION.ID, REGION.NAME, REGION.COUNTRY_CODE)
                .from(MENTORING_REQUEST).join(APP_USER).on(APP_USER.ID.eq(MENTORING_REQUEST.MENTEE_ID))
                .join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID));
    }

    private static MatchScoring.Mentee mentee(Record r) {
        return new MatchScoring.Mentee(r.get(MENTORING_REQUEST.ID), r.get(MENTORING_REQUEST.MENTEE_ID), r.get(APP_USER.DISPLAY_NAME),
                r.get(REGION.ID), r.get(REGION.NAME), r.get(REGION.COUNTRY_CODE), split(r.get(MENTORING_REQUEST.TOPICS)),
                List.copyOf(split(r.get(MENTORING_REQUEST.LANGUAGES))), r.get(MENTORING_REQUEST.OTHER_REGION),
                r.get(MENTORING_REQUEST.OTHER_COUNTRY));
    }

    String regionName(long regionId) {
        return db.select(REGION.NAME).from(REGION).where(REGION.ID.eq(regionId)).fetchSingle(REGION.NAME);
    }

    private static Set<String> split(String csv) {
        return csv.isBlank() ? Set.of() : new LinkedHashSet<>(List.of(csv.split(",")));
    }
}
