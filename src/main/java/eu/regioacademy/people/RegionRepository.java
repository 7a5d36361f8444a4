package eu.regioacademy.people;

import static eu.regioacademy.db.Tables.REGION;

import eu.regioacademy.db.tables.records.RegionRecord;
import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Regions: few, small and read far more often than written, so reads and writes share a class. */
@Repository
class RegionRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "nutsCode", REGION.NUTS_CODE, "name", REGION.NAME, "countryCode", REGION.COUNTRY_CODE,
            "commission", REGION.COMMISSION);

    private final DSLContext db;

    RegionRepository(DSLContext db) {
        this.db = db;
    }

    List<Region> findAll() {
        return db.selectFrom(REGION).orderBy(REGION.NAME).fetch(RegionRepository::toRegion);
    }

    List<Region> findPage(String search, PageRequest page) {
        return db.selectFrom(REGION)
                .where(matching(search))
                .orderBy(Sorting.orderBy(page, SORTABLE, REGION.NAME.asc(), REGION.ID.asc()))
                .offset(page.offset()).limit(page.limit())
                .fetch(RegionRepository::toRegion);
    }

    int count(String search) {
        return db.fetchCount(REGION, matching(search));
    }

    Optional<Region> findById(long id) {
        return db.selectFrom(REGION).where(REGION.ID.eq(id)).fetchOptional(RegionRepository::toRegion);
    }

    Optional<Region> findByNutsCode(String nutsCode) {
        return db.selectFrom(REGION).where(REGION.NUTS_CODE.eq(nutsCode)).fetchOptional(RegionRepository::toRegion);
    }

    boolean existsByNutsCode(String nutsCode, long exceptId) {
        return db.fetchExists(REGION, REGION.NUTS_CODE.eq(nutsCode).and(REGION.ID.ne(exceptId)));
    }

    record NewRegion(String nutsCode, String name, String countryCode, Commission commission, double latitude,
                     double longitude, String timeZone) {
    }

    void insertGenerated(List<NewRegion> regions) {
        if (regions.isEmpty()) return;
        var insert = db.insertInto(REGION, REGION.NUTS_CODE, REGION.NAME, REGION.COUNTRY_CODE, REGION.COMMISSION,
                REGION.LATITUDE, REGION.LONGITUDE, REGION.TIME_ZONE);
        for (NewRegion r : regions) {
            insert = insert.values(r.nutsCode(), r.name(), r.countryCode(), r.commission().name(),
                    java.math.BigDecimal.valueOf(r.latitude()).setScale(5, java.math.RoundingMode.HALF_UP),
                    java.math.BigDecimal.valueOf(r.longitude()).setScale(5, java.math.RoundingMode.HALF_UP), r.timeZone());
        }
        insert.execute();
    }

    long insert(RegionDraft draft, String timeZone) {
        return db.insertInto(REGION)
                .set(REGION.NUTS_CODE, draft.nutsCode())
                .set(REGION.NAME, draft.name())
                .set(REGION.COUNTRY_CODE, draft.countryCode())
                .set(REGION.COMMISSION, draft.commission().name())
                .set(REGION.TIME_ZONE, timeZone)
                .returning(REGION.ID).fetchSingle().getId();
    }

    /** @return false when the region was changed since it was read */
    boolean update(long id, int version, RegionDraft draft) {
        return db.update(REGION)
                .set(REGION.NUTS_CODE, draft.nutsCode())
                .set(REGION.NAME, draft.name())
                .set(REGION.COUNTRY_CODE, draft.countryCode())
                .set(REGION.COMMISSION, draft.commission().name())
                .set(REGION.VERSION, version + 1)
                .where(REGION.ID.eq(id).and(REGION.VERSION.eq(version)))
                .execute() == 1;
    }

    private static Condition matching(String search) {
        if (search.isBlank()) return DSL.noCondition();
        String pattern = Sorting.containsPattern(search.strip());
        return REGION.NAME.like(pattern).or(REGION.NUTS_CODE.like(pattern)).or(REGION.COUNTRY_CODE.like(pattern));
    }

    private static Region toRegion(RegionRecord r) {
        return new Region(r.getId(), r.getNutsCode(), r.getName(), r.getCountryCode(),
                Commission.valueOf(r.getCommission()), r.getTimeZone(), r.getVersion());
    }
}
