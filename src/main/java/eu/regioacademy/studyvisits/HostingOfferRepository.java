package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.HOSTING_OFFER;
import static eu.regioacademy.db.Tables.REGION;

import eu.regioacademy.platform.db.Sorting;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The hosting catalogue: regions' standing offers to host visits. */
@Repository
class HostingOfferRepository {

    private final DSLContext db;

    HostingOfferRepository(DSLContext db) {
        this.db = db;
    }

    long insert(HostingOfferDraft draft, long createdBy) {
        return db.insertInto(HOSTING_OFFER)
                .set(HOSTING_OFFER.REGION_ID, draft.regionId()).set(HOSTING_OFFER.THEME, draft.theme())
                .set(HOSTING_OFFER.TITLE, draft.title().strip()).set(HOSTING_OFFER.WHAT_VISITORS_SEE, draft.whatVisitorsSee().strip())
                .set(HOSTING_OFFER.LANGUAGES, String.join(",", draft.languages()))
                .set(HOSTING_OFFER.PREFERRED_PERIODS, draft.preferredPeriods().strip())
                .set(HOSTING_OFFER.CREATED_BY, createdBy)
                .returningResult(HOSTING_OFFER.ID).fetchSingle().value1();
    }

    Optional<HostingOffer> find(long id) {
        return select().where(HOSTING_OFFER.ID.eq(id)).fetchOptional(HostingOfferRepository::offer);
    }

    void setActive(long id, boolean active) {
        db.update(HOSTING_OFFER).set(HOSTING_OFFER.ACTIVE, active).where(HOSTING_OFFER.ID.eq(id)).execute();
    }

    List<HostingOffer> search(OfferFilter filter, int offset, int limit) {
        return select().where(conditions(filter))
                .orderBy(REGION.NAME, HOSTING_OFFER.TITLE, HOSTING_OFFER.ID).offset(offset).limit(limit)
                .fetch(HostingOfferRepository::offer);
    }

    int count(OfferFilter filter) {
        return db.fetchCount(db.selectOne().from(HOSTING_OFFER).join(REGION).on(REGION.ID.eq(HOSTING_OFFER.REGION_ID))
                .where(conditions(filter)));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(HOSTING_OFFER.asterisk(), REGION.NAME).from(HOSTING_OFFER)
                .join(REGION).on(REGION.ID.eq(HOSTING_OFFER.REGION_ID));
    }

    private static Condition conditions(OfferFilter filter) {
        Condition c = HOSTING_OFFER.ACTIVE.isTrue();
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = Sorting.containsPattern(filter.text().strip());
            c = c.and(HOSTING_OFFER.TITLE.like(pattern, '\\').or(HOSTING_OFFER.WHAT_VISITORS_SEE.like(pattern, '\\'))
                    .or(REGION.NAME.like(pattern, '\\')));
        }
        if (filter.theme() != null) c = c.and(HOSTING_OFFER.THEME.eq(filter.theme()));
        if (filter.regionId() != null) c = c.and(HOSTING_OFFER.REGION_ID.eq(filter.regionId()));
        if (filter.language() != null) {
            c = c.and(DSL.field("FIND_IN_SET({0}, {1})", Integer.class, DSL.val(filter.language()),
                    HOSTING_OFFER.LANGUAGES).gt(0));
        }
        return c;
    }

    private static HostingOffer offer(Record r) {
        return new HostingOffer(r.get(HOSTING_OFFER.ID), r.get(HOSTING_OFFER.REGION_ID), r.get(REGION.NAME),
                r.get(HOSTING_OFFER.THEME), r.get(HOSTING_OFFER.TITLE), r.get(HOSTING_OFFER.WHAT_VISITORS_SEE),
                List.of(r.get(HOSTING_OFFER.LANGUAGES).split(",")), r.get(HOSTING_OFFER.PREFERRED_PERIODS),
                r.get(HOSTING_OFFER.ACTIVE), r.get(HOSTING_OFFER.CREATED_AT));
    }
}
