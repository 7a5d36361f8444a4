package eu.regioacademy.exchanges;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.EXCHANGE_CALL;
import static eu.regioacademy.db.Tables.EXCHANGE_CALL_TEXT;
import static eu.regioacademy.db.Tables.EXCHANGE_DAILY_RATE;
import static eu.regioacademy.db.Tables.EXCHANGE_TRAVEL_BAND;
import static eu.regioacademy.db.Tables.PLACEMENT;
import static eu.regioacademy.db.Tables.REGION;

import eu.regioacademy.platform.Distances;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Calls with their rate tables, and the placements host regions publish in them. */
@Repository
class ExchangeRepository {

    private final DSLContext db;

    ExchangeRepository(DSLContext db) {
        this.db = db;
    }

    long insertCall(CallDraft d, long createdBy) {
        long id = db.insertInto(EXCHANGE_CALL).set(EXCHANGE_CALL.NAME, d.name().strip())
                .set(EXCHANGE_CALL.APPLICATIONS_OPEN, d.applicationsOpen()).set(EXCHANGE_CALL.APPLICATIONS_CLOSE, d.applicationsClose())
                .set(EXCHANGE_CALL.PERIOD_STARTS, d.periodStarts()).set(EXCHANGE_CALL.PERIOD_ENDS, d.periodEnds())
                .set(EXCHANGE_CALL.MIN_WEEKS, d.minWeeks()).set(EXCHANGE_CALL.MAX_WEEKS, d.maxWeeks())
                .set(EXCHANGE_CALL.MAX_APPLICATIONS, d.maxApplications()).set(EXCHANGE_CALL.CREATED_BY, createdBy)
                .returningResult(EXCHANGE_CALL.ID).fetchSingle().value1();
        d.descriptions().forEach((l, text) -> db.insertInto(EXCHANGE_CALL_TEXT).set(EXCHANGE_CALL_TEXT.CALL_ID, id)
                .set(EXCHANGE_CALL_TEXT.LANGUAGE, l).set(EXCHANGE_CALL_TEXT.DESCRIPTION, text.strip()).execute());
        d.dailyRates().forEach((country, amount) -> db.insertInto(EXCHANGE_DAILY_RATE).set(EXCHANGE_DAILY_RATE.CALL_ID, id)
                .set(EXCHANGE_DAILY_RATE.COUNTRY_CODE, country).set(EXCHANGE_DAILY_RATE.AMOUNT, amount).execute());
        d.travelBands().forEach(b -> db.insertInto(EXCHANGE_TRAVEL_BAND).set(EXCHANGE_TRAVEL_BAND.CALL_ID, id)
                .set(EXCHANGE_TRAVEL_BAND.UP_TO_KM, b.upToKm()).set(EXCHANGE_TRAVEL_BAND.AMOUNT, b.amount()).execute());
        return id;
    }

    List<ExchangeCall> calls(String language, LocalDate today) {
        return db.selectFrom(EXCHANGE_CALL).orderBy(EXCHANGE_CALL.PERIOD_STARTS.desc(), EXCHANGE_CALL.ID.desc())
                .fetch(r -> call(r, language, today));
    }

    Optional<ExchangeCall> call(long id, String language, LocalDate today) {
        return db.selectFrom(EXCHANGE_CALL).where(EXCHANGE_CALL.ID.eq(id)).fetchOptional(r -> call(r, language, today));
    }

    private ExchangeCall call(eu.regioacademy.db.tables.records.ExchangeCallRecord r, String language, LocalDate today) {
        Map<String, String> texts = db.select(EXCHANGE_CALL_TEXT.LANGUAGE, EXCHANGE_CALL_TEXT.DESCRIPTION).from(EXCHANGE_CALL_TEXT)
                .where(EXCHANGE_CALL_TEXT.CALL_ID.eq(r.getId())).fetchMap(EXCHANGE_CALL_TEXT.LANGUAGE, EXCHANGE_CALL_TEXT.DESCRIPTION);
        String description = texts.getOrDefault(language, texts.getOrDefault("en", texts.values().stream().findFirst().orElse("")));
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        db.selectFrom(EXCHANGE_DAILY_RATE).where(EXCHANGE_DAILY_RATE.CALL_ID.eq(r.getId())).orderBy(EXCHANGE_DAILY_RATE.COUNTRY_CODE)
                .forEach(x -> rates.put(x.getCountryCode(), x.getAmount()));
        var bands = db.selectFrom(EXCHANGE_TRAVEL_BAND).where(EXCHANGE_TRAVEL_BAND.CALL_ID.eq(r.getId()))
                .orderBy(EXCHANGE_TRAVEL_BAND.UP_TO_KM).fetch(b -> new CallDraft.TravelBand(b.getUpToKm(), b.getAmount()));
        boolean open = !today.isBefore(r.getApplicationsOpen()) && !today.isAfter(r.getApplicationsClose());
        return new ExchangeCall(r.getId(), r.getName(), description, r.getApplicationsOpen(), r.getApplicationsClose(),
                r.getPeriodStarts(), r.getPeriodEnds(), r.getMinWeeks(), r.getMaxWeeks(), r.getMaxApplications(), rates, bands,
                open);
    }

    long insertPlacement(PlacementDraft d, long supervisorId, long createdBy) {
        return db.insertInto(PLACEMENT).set(PLACEMENT.CALL_ID, d.callId()).set(PLACEMENT.HOST_REGION_ID, d.hostRegionId())
                .set(PLACEMENT.DEPARTMENT, d.department().strip()).set(PLACEMENT.TOPICS, String.join(",", d.topics()))
                .set(PLACEMENT.WORK, d.work().strip()).set(PLACEMENT.SUPERVISOR_ID, supervisorId)
                .set(PLACEMENT.LANGUAGES, String.join(",", d.languages())).set(PLACEMENT.PLACES, d.places())
                .set(PLACEMENT.AVAILABLE_FROM, d.availableFrom()).set(PLACEMENT.AVAILABLE_UNTIL, d.availableUntil())
                .set(PLACEMENT.CREATED_BY, createdBy).returningResult(PLACEMENT.ID).fetchSingle().value1();
    }

    List<Placement> placements(long callId) {
        return selectPlacements().where(PLACEMENT.CALL_ID.eq(callId)).orderBy(REGION.NAME, PLACEMENT.DEPARTMENT)
                .fetch(ExchangeRepository::placement);
    }

    Optional<Placement> placement(long id) {
        return selectPlacements().where(PLACEMENT.ID.eq(id)).fetchOptional(ExchangeRepository::placement);
    }

    /** The placement's row locked: allocations to one placement happen one after another. */
    void lockPlacement(long id) {
        db.select(PLACEMENT.ID).from(PLACEMENT).where(PLACEMENT.ID.eq(id)).forUpdate().fetch();
    }

    private org.jooq.SelectOnConditionStep<Record> selectPlacements() {
        var allocated = DSL.field(DSL.selectCount().from(EXCHANGE_ALLOCATION).where(EXCHANGE_ALLOCATION.PLACEMENT_ID.eq(PLACEMENT.ID)));
        return db.select(PLACEMENT.asterisk(), REGION.NAME, APP_USER.DISPLAY_NAME, allocated.as("allocated"))
                .from(PLACEMENT).join(REGION).on(REGION.ID.eq(PLACEMENT.HOST_REGION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(PLACEMENT.SUPERVISOR_ID));
    }

    private static Placement placement(Record r) {
        return new Placement(r.get(PLACEMENT.ID), r.get(PLACEMENT.CALL_ID), r.get(PLACEMENT.HOST_REGION_ID), r.get(REGION.NAME),
                r.get(PLACEMENT.DEPARTMENT), List.of(r.get(PLACEMENT.TOPICS).split(",")), r.get(PLACEMENT.WORK),
                r.get(APP_USER.DISPLAY_NAME), List.of(r.get(PLACEMENT.LANGUAGES).split(",")), r.get(PLACEMENT.PLACES),
                r.get("allocated", Integer.class), r.get(PLACEMENT.AVAILABLE_FROM), r.get(PLACEMENT.AVAILABLE_UNTIL));
    }

    @Nullable Long userInRegion(String email, long regionId) {
        return db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.EMAIL.eq(email.strip()).and(APP_USER.REGION_ID.eq(regionId)).and(APP_USER.ACTIVE.isTrue()))
                .fetchOne(APP_USER.ID);
    }

    long regionIdOf(String nuts) {
        return db.select(REGION.ID).from(REGION).where(REGION.NUTS_CODE.eq(nuts)).fetchSingle(REGION.ID);
    }

    String countryOf(long regionId) {
        return db.select(REGION.COUNTRY_CODE).from(REGION).where(REGION.ID.eq(regionId)).fetchSingle(REGION.COUNTRY_CODE);
    }

    int distanceKm(long fromRegion, long toRegion) {
        var a = db.select(REGION.LATITUDE, REGION.LONGITUDE).from(REGION).where(REGION.ID.eq(fromRegion)).fetchSingle();
        var b = db.select(REGION.LATITUDE, REGION.LONGITUDE).from(REGION).where(REGION.ID.eq(toRegion)).fetchSingle();
        if (a.value1() == null || a.value2() == null || b.value1() == null || b.value2() == null) return 0;
        return Distances.greatCircleKm(a.value1().doubleValue(), a.value2().doubleValue(), b.value1().doubleValue(),
                b.value2().doubleValue());
    }
}
