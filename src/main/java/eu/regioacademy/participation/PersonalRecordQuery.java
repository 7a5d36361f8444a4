package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.MENTORING_CYCLE;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.MODULE_TEXT;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static eu.regioacademy.db.Tables.PLACEMENT;
import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TEXT;
import static eu.regioacademy.db.Tables.TRAINING_MODULE;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * One person's completed activities, read from the ledger and joined to the activities
 * behind it for titles in the reader's language (English, then any language, as fallback).
 */
@Repository
class PersonalRecordQuery {

    record Person(String name, String regionName) {
    }

    private static final String MENTEE_SOURCE = "mentoring_pairing_mentee";
    private static final String MENTOR_SOURCE = "mentoring_pairing_mentor";

    private final DSLContext db;

    PersonalRecordQuery(DSLContext db) {
        this.db = db;
    }

    Person person(long userId) {
        return db.select(APP_USER.DISPLAY_NAME, REGION.NAME).from(APP_USER)
                .join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(APP_USER.ID.eq(userId))
                .fetchSingle(r -> new Person(r.value1(), r.value2()));
    }

    /** Newest first within each section, as a CV lists them. */
    List<RecordItem> items(long userId, String language, ZoneId zone) {
        List<RecordItem> items = new ArrayList<>();
        items.addAll(modules(userId, language, zone));
        items.addAll(visits(userId, language));
        items.addAll(exchanges(userId));
        items.addAll(mentoring(userId, zone));
        items.sort(Comparator.comparing(RecordItem::section).thenComparing(RecordItem::date, Comparator.reverseOrder())
                .thenComparing(RecordItem::title));
        return items;
    }

    private List<RecordItem> modules(long userId, String language, ZoneId zone) {
        var texts = MODULE_TEXT.as("title_text");
        Field<String> title = DSL.field(DSL.select(texts.TITLE).from(texts)
                .where(texts.MODULE_VERSION_ID.eq(ENROLMENT.MODULE_VERSION_ID))
                .orderBy(preferred(texts.LANGUAGE, language)).limit(1));
        return db.select(DSL.coalesce(title, TRAINING_MODULE.CODE), PARTICIPATION_ENTRY.OCCURRED_AT,
                        PARTICIPATION_ENTRY.QUANTITY, certificateCode(userId))
                .from(PARTICIPATION_ENTRY)
                .join(ENROLMENT).on(ENROLMENT.ID.eq(PARTICIPATION_ENTRY.SOURCE_ID))
                .join(TRAINING_MODULE).on(TRAINING_MODULE.ID.eq(ENROLMENT.MODULE_ID))
                .where(completed(userId, ParticipationKind.MODULE_COMPLETED, "enrolment"))
                .fetch(r -> new RecordItem(RecordSection.MODULES, r.value1(), "", null,
                        r.value2().atZone(zone).toLocalDate(), r.value3(), 0, r.value4()));
    }

    private List<RecordItem> visits(long userId, String language) {
        var texts = STUDY_VISIT_TEXT.as("title_text");
        Field<String> title = DSL.field(DSL.select(texts.TITLE).from(texts)
                .where(texts.VISIT_ID.eq(STUDY_VISIT.ID))
                .orderBy(preferred(texts.LANGUAGE, language)).limit(1));
        return db.select(title, REGION.NAME, STUDY_VISIT.STARTS_ON, STUDY_VISIT.ENDS_ON, PARTICIPATION_ENTRY.QUANTITY,
                        certificateCode(userId))
                .from(PARTICIPATION_ENTRY)
                .join(VISIT_APPLICATION).on(VISIT_APPLICATION.ID.eq(PARTICIPATION_ENTRY.SOURCE_ID))
                .join(STUDY_VISIT).on(STUDY_VISIT.ID.eq(VISIT_APPLICATION.VISIT_ID))
                .join(REGION).on(REGION.ID.eq(STUDY_VISIT.HOST_REGION_ID))
                .where(completed(userId, ParticipationKind.VISIT_ATTENDED, "visit_application"))
                .fetch(r -> new RecordItem(RecordSection.STUDY_VISITS, r.value1() == null ? "" : r.value1(), r.value2(),
                        r.value3(), r.value4(), r.value5(), 0, r.value6()));
    }

    private List<RecordItem> exchanges(long userId) {
        return db.select(PLACEMENT.DEPARTMENT, REGION.NAME, EXCHANGE_ALLOCATION.STARTS_ON, EXCHANGE_ALLOCATION.ENDS_ON,
                        PARTICIPATION_ENTRY.QUANTITY, certificateCode(userId))
                .from(PARTICIPATION_ENTRY)
                .join(EXCHANGE_ALLOCATION).on(EXCHANGE_ALLOCATION.ID.eq(PARTICIPATION_ENTRY.SOURCE_ID))
                .join(PLACEMENT).on(PLACEMENT.ID.eq(EXCHANGE_ALLOCATION.PLACEMENT_ID))
                .join(REGION).on(REGION.ID.eq(PLACEMENT.HOST_REGION_ID))
                .where(completed(userId, ParticipationKind.EXCHANGE_COMPLETED, "exchange_allocation"))
                .fetch(r -> new RecordItem(RecordSection.EXCHANGES, r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), 0, r.value6()));
    }

    /** Sessions and hours as the person's own ledger counted them when each session was held. */
    private List<RecordItem> mentoring(long userId, ZoneId zone) {
        var partner = APP_USER.as("partner");
        var held = PARTICIPATION_ENTRY.as("held");
        Condition heldInPairing = held.USER_ID.eq(userId)
                .and(held.KIND.eq(ParticipationKind.MENTORING_SESSION_HELD.name()))
                .and(MENTORING_SESSION.PAIRING_ID.eq(MENTORING_PAIRING.ID));
        Field<Integer> sessions = DSL.field(DSL.selectCount().from(held)
                .join(MENTORING_SESSION).on(MENTORING_SESSION.ID.eq(held.SOURCE_ID)).where(heldInPairing));
        Field<BigDecimal> hours = DSL.field(DSL.select(DSL.sum(held.QUANTITY)).from(held)
                .join(MENTORING_SESSION).on(MENTORING_SESSION.ID.eq(held.SOURCE_ID)).where(heldInPairing));
        return db.select(MENTORING_CYCLE.NAME, partner.DISPLAY_NAME, PARTICIPATION_ENTRY.OCCURRED_AT, hours, sessions,
                        certificateCode(userId), PARTICIPATION_ENTRY.SOURCE_TYPE)
                .from(PARTICIPATION_ENTRY)
                .join(MENTORING_PAIRING).on(MENTORING_PAIRING.ID.eq(PARTICIPATION_ENTRY.SOURCE_ID))
                .join(MENTORING_CYCLE).on(MENTORING_CYCLE.ID.eq(MENTORING_PAIRING.CYCLE_ID))
                .join(partner).on(partner.ID.eq(DSL.when(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(MENTEE_SOURCE),
                        MENTORING_PAIRING.MENTOR_ID).otherwise(MENTORING_PAIRING.MENTEE_ID)))
                .where(completed(userId, ParticipationKind.MENTORING_COMPLETED, MENTEE_SOURCE)
                        .or(completed(userId, ParticipationKind.MENTORING_COMPLETED, MENTOR_SOURCE)))
                .fetch(r -> new RecordItem(MENTEE_SOURCE.equals(r.value7()) ? RecordSection.MENTORING_RECEIVED
                        : RecordSection.MENTORING_GIVEN, r.value1(), r.value2(), null,
                        r.value3().atZone(zone).toLocalDate(), r.value4() == null ? BigDecimal.ZERO : r.value4(), r.value5(),
                        r.value6()));
    }

    private static Condition completed(long userId, ParticipationKind kind, String source) {
        return PARTICIPATION_ENTRY.USER_ID.eq(userId).and(PARTICIPATION_ENTRY.KIND.eq(kind.name()))
                .and(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(source));
    }

    /** The person's own certificate for the entry's activity; a revoked one no longer counts. */
    private static Field<String> certificateCode(long userId) {
        return DSL.field(DSL.select(CERTIFICATE.CODE).from(CERTIFICATE)
                .where(CERTIFICATE.HOLDER_ID.eq(userId), CERTIFICATE.SOURCE_TYPE.eq(PARTICIPATION_ENTRY.SOURCE_TYPE),
                        CERTIFICATE.SOURCE_ID.eq(PARTICIPATION_ENTRY.SOURCE_ID), CERTIFICATE.REVOKED_AT.isNull())
                .limit(1));
    }

    private static Field<Integer> preferred(Field<String> languageColumn, String language) {
        return DSL.when(languageColumn.eq(language), 0).when(languageColumn.eq("en"), 1).otherwise(2);
    }
}
