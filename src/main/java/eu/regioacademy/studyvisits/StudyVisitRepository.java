package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_AGENDA_ITEM;
import static eu.regioacademy.db.Tables.STUDY_VISIT_MATERIAL;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TEXT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_THEME;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TRAVEL_BAND;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** A visit's own record: its facts, texts, themes, agenda, cost rules and materials. */
@Repository
class StudyVisitRepository {

    /** The facts the rules look at. */
    record VisitRow(long id, int version, VisitKind kind, VisitStatus status, long hostRegionId, LocalDate startsOn,
                    LocalDate endsOn, String timeZone, int capacity, Instant applicationDeadline,
                    @Nullable Instant certificatesIssuedAt, @Nullable Long requestedBy) {

        int days() {
            return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
        }
    }

    /** The full record, before the viewer's part is added. */
    record Stored(VisitRow row, String hostRegion, String city, String venue, List<String> languages,
                  java.util.Set<String> themes, Map<String, VisitDraft.Text> texts, BigDecimal dailyAllowance,
                  List<VisitDraft.TravelBand> bands, List<VisitDraft.AgendaItem> agenda,
                  List<VisitDraft.Material> materials, @Nullable String report, @Nullable String cancelReason,
                  @Nullable String requestedBy) {

        VisitDraft draft() {
            return new VisitDraft(row.kind(), row.hostRegionId(), city, venue, row.startsOn(), row.endsOn(),
                    row.applicationDeadline(), row.capacity(), languages, themes, texts, dailyAllowance, bands, agenda,
                    materials);
        }
    }

    private final DSLContext db;

    StudyVisitRepository(DSLContext db) {
        this.db = db;
    }

    long insert(VisitDraft draft, String timeZone, long createdBy, @Nullable Long offerId, @Nullable Long requestedBy) {
        long id = db.insertInto(STUDY_VISIT)
                .set(columns(draft, timeZone))
                .set(STUDY_VISIT.STATUS, VisitStatus.DRAFT.name())
                .set(STUDY_VISIT.HOSTING_OFFER_ID, offerId)
                .set(STUDY_VISIT.REQUESTED_BY, requestedBy)
                .set(STUDY_VISIT.CREATED_BY, createdBy)
                .returningResult(STUDY_VISIT.ID).fetchSingle().value1();
        insertChildren(id, draft);
        return id;
    }

    /** @return false when someone else saved the visit since it was read */
    boolean update(long id, int version, VisitDraft draft, String timeZone) {
        int updated = db.update(STUDY_VISIT)
                .set(columns(draft, timeZone))
                .set(STUDY_VISIT.VERSION, version + 1)
                .where(STUDY_VISIT.ID.eq(id).and(STUDY_VISIT.VERSION.eq(version)))
                .execute();
        if (updated == 0) return false;
        for (var table : List.of(STUDY_VISIT_TEXT, STUDY_VISIT_THEME, STUDY_VISIT_TRAVEL_BAND)) {
            db.deleteFrom(table).where(table.field("visit_id", Long.class).eq(id)).execute();
        }
        db.deleteFrom(STUDY_VISIT_AGENDA_ITEM).where(STUDY_VISIT_AGENDA_ITEM.VISIT_ID.eq(id)).execute();
        db.deleteFrom(STUDY_VISIT_MATERIAL).where(STUDY_VISIT_MATERIAL.VISIT_ID.eq(id)).execute();
        insertChildren(id, draft);
        return true;
    }

    /** The visit's own columns as the host entered them. */
    private static Map<org.jooq.Field<?>, Object> columns(VisitDraft draft, String timeZone) {
        Map<org.jooq.Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(STUDY_VISIT.KIND, draft.kind().name());
        columns.put(STUDY_VISIT.HOST_REGION_ID, draft.hostRegionId());
        columns.put(STUDY_VISIT.CITY, draft.city().strip());
        columns.put(STUDY_VISIT.VENUE, draft.venue().strip());
        columns.put(STUDY_VISIT.STARTS_ON, draft.startsOn());
        columns.put(STUDY_VISIT.ENDS_ON, draft.endsOn());
        columns.put(STUDY_VISIT.TIME_ZONE, timeZone);
        columns.put(STUDY_VISIT.CAPACITY, draft.capacity());
        columns.put(STUDY_VISIT.APPLICATION_DEADLINE, draft.applicationDeadline());
        columns.put(STUDY_VISIT.WORKING_LANGUAGES, String.join(",", draft.workingLanguages()));
        columns.put(STUDY_VISIT.DAILY_ALLOWANCE, draft.dailyAllowance());
        return columns;
    }

    private void insertChildren(long id, VisitDraft draft) {
        draft.texts().forEach((language, text) -> db.insertInto(STUDY_VISIT_TEXT)
                .set(STUDY_VISIT_TEXT.VISIT_ID, id).set(STUDY_VISIT_TEXT.LANGUAGE, language)
                .set(STUDY_VISIT_TEXT.TITLE, text.title().strip()).set(STUDY_VISIT_TEXT.DESCRIPTION, text.description().strip())
                .execute());
        draft.themes().forEach(theme -> db.insertInto(STUDY_VISIT_THEME)
                .set(STUDY_VISIT_THEME.VISIT_ID, id).set(STUDY_VISIT_THEME.THEME, theme).execute());
        draft.travelBands().forEach(band -> db.insertInto(STUDY_VISIT_TRAVEL_BAND)
                .set(STUDY_VISIT_TRAVEL_BAND.VISIT_ID, id).set(STUDY_VISIT_TRAVEL_BAND.UP_TO_KM, band.upToKm())
                .set(STUDY_VISIT_TRAVEL_BAND.AMOUNT, band.amount()).execute());
        draft.agenda().forEach(item -> db.insertInto(STUDY_VISIT_AGENDA_ITEM)
                .set(STUDY_VISIT_AGENDA_ITEM.VISIT_ID, id).set(STUDY_VISIT_AGENDA_ITEM.DAY, item.day())
                .set(STUDY_VISIT_AGENDA_ITEM.STARTS_AT, item.startsAt()).set(STUDY_VISIT_AGENDA_ITEM.ENDS_AT, item.endsAt())
                .set(STUDY_VISIT_AGENDA_ITEM.TITLE, item.title().strip()).set(STUDY_VISIT_AGENDA_ITEM.SPEAKER, item.speaker().strip())
                .set(STUDY_VISIT_AGENDA_ITEM.PLACE, item.place().strip()).execute());
        draft.materials().forEach(m -> db.insertInto(STUDY_VISIT_MATERIAL)
                .set(STUDY_VISIT_MATERIAL.VISIT_ID, id).set(STUDY_VISIT_MATERIAL.LABEL, m.label().strip())
                .set(STUDY_VISIT_MATERIAL.URL, m.url().strip()).execute());
    }

    Optional<VisitRow> find(long id) {
        return db.selectFrom(STUDY_VISIT).where(STUDY_VISIT.ID.eq(id)).fetchOptional(StudyVisitRepository::row);
    }

    /** The visit locked for a decision: selections of one visit queue up here, whichever node they run on. */
    Optional<VisitRow> lock(long id) {
        return db.selectFrom(STUDY_VISIT).where(STUDY_VISIT.ID.eq(id)).forUpdate().fetchOptional(StudyVisitRepository::row);
    }

    private static VisitRow row(Record r) {
        return new VisitRow(r.get(STUDY_VISIT.ID), r.get(STUDY_VISIT.VERSION), VisitKind.valueOf(r.get(STUDY_VISIT.KIND)),
                VisitStatus.valueOf(r.get(STUDY_VISIT.STATUS)), r.get(STUDY_VISIT.HOST_REGION_ID), r.get(STUDY_VISIT.STARTS_ON),
                r.get(STUDY_VISIT.ENDS_ON), r.get(STUDY_VISIT.TIME_ZONE), r.get(STUDY_VISIT.CAPACITY),
                r.get(STUDY_VISIT.APPLICATION_DEADLINE), r.get(STUDY_VISIT.CERTIFICATES_ISSUED_AT),
                r.get(STUDY_VISIT.REQUESTED_BY));
    }

    void setStatus(long id, VisitStatus status, @Nullable String cancelReason) {
        db.update(STUDY_VISIT).set(STUDY_VISIT.STATUS, status.name()).set(STUDY_VISIT.CANCEL_REASON, cancelReason)
                .set(STUDY_VISIT.VERSION, STUDY_VISIT.VERSION.plus(1))
                .where(STUDY_VISIT.ID.eq(id)).execute();
    }

    void saveReport(long id, String report, Instant at) {
        db.update(STUDY_VISIT).set(STUDY_VISIT.REPORT, report).set(STUDY_VISIT.REPORT_AT, at)
                .where(STUDY_VISIT.ID.eq(id)).execute();
    }

    void addMaterial(long id, VisitDraft.Material material) {
        db.insertInto(STUDY_VISIT_MATERIAL).set(STUDY_VISIT_MATERIAL.VISIT_ID, id)
                .set(STUDY_VISIT_MATERIAL.LABEL, material.label().strip()).set(STUDY_VISIT_MATERIAL.URL, material.url().strip())
                .execute();
    }

    void markCertificatesIssued(long id, Instant at) {
        db.update(STUDY_VISIT).set(STUDY_VISIT.CERTIFICATES_ISSUED_AT, at).where(STUDY_VISIT.ID.eq(id)).execute();
    }

    Optional<Stored> load(long id) {
        var r = db.select(STUDY_VISIT.asterisk(), REGION.NAME, APP_USER.DISPLAY_NAME)
                .from(STUDY_VISIT).join(REGION).on(REGION.ID.eq(STUDY_VISIT.HOST_REGION_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(STUDY_VISIT.REQUESTED_BY))
                .where(STUDY_VISIT.ID.eq(id)).fetchOne();
        if (r == null) return Optional.empty();
        Map<String, VisitDraft.Text> texts = new LinkedHashMap<>();
        db.selectFrom(STUDY_VISIT_TEXT).where(STUDY_VISIT_TEXT.VISIT_ID.eq(id)).orderBy(STUDY_VISIT_TEXT.LANGUAGE)
                .forEach(t -> texts.put(t.getLanguage(), new VisitDraft.Text(t.getTitle(), t.getDescription())));
        var themes = new LinkedHashSet<>(db.select(STUDY_VISIT_THEME.THEME).from(STUDY_VISIT_THEME)
                .where(STUDY_VISIT_THEME.VISIT_ID.eq(id)).orderBy(STUDY_VISIT_THEME.THEME).fetch(STUDY_VISIT_THEME.THEME));
        var bands = db.selectFrom(STUDY_VISIT_TRAVEL_BAND).where(STUDY_VISIT_TRAVEL_BAND.VISIT_ID.eq(id))
                .orderBy(STUDY_VISIT_TRAVEL_BAND.UP_TO_KM)
                .fetch(b -> new VisitDraft.TravelBand(b.getUpToKm(), b.getAmount()));
        var agenda = db.selectFrom(STUDY_VISIT_AGENDA_ITEM).where(STUDY_VISIT_AGENDA_ITEM.VISIT_ID.eq(id))
                .orderBy(STUDY_VISIT_AGENDA_ITEM.DAY, STUDY_VISIT_AGENDA_ITEM.STARTS_AT, STUDY_VISIT_AGENDA_ITEM.ID)
                .fetch(a -> new VisitDraft.AgendaItem(a.getDay(), a.getStartsAt(), a.getEndsAt(), a.getTitle(),
                        a.getSpeaker(), a.getPlace()));
        var materials = db.selectFrom(STUDY_VISIT_MATERIAL).where(STUDY_VISIT_MATERIAL.VISIT_ID.eq(id))
                .orderBy(STUDY_VISIT_MATERIAL.ID).fetch(m -> new VisitDraft.Material(m.getLabel(), m.getUrl()));
        return Optional.of(new Stored(row(r), r.get(REGION.NAME), r.get(STUDY_VISIT.CITY), r.get(STUDY_VISIT.VENUE),
                List.of(r.get(STUDY_VISIT.WORKING_LANGUAGES).split(",")), themes, texts, r.get(STUDY_VISIT.DAILY_ALLOWANCE),
                bands, agenda, materials, r.get(STUDY_VISIT.REPORT), r.get(STUDY_VISIT.CANCEL_REASON),
                r.get(APP_USER.DISPLAY_NAME)));
    }

    /** The visit's title in the language, else English, else any it has. */
    String titleIn(long id, String language) {
        Map<String, String> titles = db.select(STUDY_VISIT_TEXT.LANGUAGE, STUDY_VISIT_TEXT.TITLE).from(STUDY_VISIT_TEXT)
                .where(STUDY_VISIT_TEXT.VISIT_ID.eq(id)).fetchMap(STUDY_VISIT_TEXT.LANGUAGE, STUDY_VISIT_TEXT.TITLE);
        return LocalizedText.pick(titles, language);
    }

    long regionIdOf(String nutsCode) {
        return db.select(REGION.ID).from(REGION).where(REGION.NUTS_CODE.eq(nutsCode)).fetchSingle(REGION.ID);
    }

    @Nullable String regionTimeZone(long regionId) {
        return db.select(REGION.TIME_ZONE).from(REGION).where(REGION.ID.eq(regionId)).fetchOne(REGION.TIME_ZONE);
    }

    /** Straight-line distance between two regions' centres, or null when one has no coordinates. */
    @Nullable Integer distanceKm(long fromRegionId, long toRegionId) {
        var from = db.select(REGION.LATITUDE, REGION.LONGITUDE).from(REGION).where(REGION.ID.eq(fromRegionId)).fetchOne();
        var to = db.select(REGION.LATITUDE, REGION.LONGITUDE).from(REGION).where(REGION.ID.eq(toRegionId)).fetchOne();
        if (from == null || to == null || from.value1() == null || from.value2() == null || to.value1() == null
                || to.value2() == null) {
            return null;
        }
        return eu.regioacademy.platform.Distances.greatCircleKm(from.value1().doubleValue(), from.value2().doubleValue(),
                to.value1().doubleValue(), to.value2().doubleValue());
    }
}
