package eu.regioacademy.participation;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.ENROLMENT;
import static eu.regioacademy.db.Tables.EXCHANGE_ALLOCATION;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTORING_REQUEST;
import static eu.regioacademy.db.Tables.MENTORING_SESSION;
import static eu.regioacademy.db.Tables.MODULE_TOPIC;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static eu.regioacademy.db.Tables.PLACEMENT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_THEME;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;

import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.db.BulkInsert;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ParticipationRepository {

    private final DSLContext db;
    private final MonthlySummaryRepository months;
    private final BulkInsert bulk;

    ParticipationRepository(DSLContext db, MonthlySummaryRepository months, BulkInsert bulk) {
        this.bulk = bulk;
        this.db = db;
        this.months = months;
    }

    /**
     * Inserts the entries not yet recorded (same kind and source = the same entry), in one
     * statement that returns what it added: only those move the summaries (one recorded before
     * was counted then). An entry of a person without a region is not recorded.
     */
    int insertMissing(List<ParticipationEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        java.util.Map<Long, Long> regions = db.select(APP_USER.ID, APP_USER.REGION_ID).from(APP_USER)
                .where(APP_USER.ID.in(entries.stream().map(ParticipationEntry::userId).distinct().toList()))
                .and(APP_USER.REGION_ID.isNotNull())
                .fetchMap(APP_USER.ID, APP_USER.REGION_ID);
        var e = PARTICIPATION_ENTRY;
        var insert = db.insertInto(e, e.USER_ID, e.REGION_ID, e.KIND, e.OCCURRED_AT, e.QUANTITY, e.SOURCE_TYPE,
                e.SOURCE_ID, e.TOPICS);
        boolean any = false;
        for (ParticipationEntry entry : entries) {
            Long region = regions.get(entry.userId());
            if (region != null) {
                insert = insert.values(entry.userId(), region, entry.kind().name(), entry.occurredAt(), entry.quantity(),
                        entry.source(), entry.sourceId(), topicsOf(entry.source(), entry.sourceId()));
                any = true;
            }
        }
        if (!any) {
            return 0;
        }
        List<MonthlySummaryRepository.Counted> added = insert.onDuplicateKeyIgnore()
                .returningResult(e.USER_ID, e.REGION_ID, e.KIND, e.OCCURRED_AT, e.QUANTITY, e.TOPICS)
                .fetch(r -> new MonthlySummaryRepository.Counted(r.value1(), r.value2(),
                        ParticipationKind.valueOf(r.value3()), r.value4(), r.value5(), r.value6()));
        months.add(added);
        return added.size();
    }

    /** Removes every entry of a source, and its counts from the monthly summary. */
    int removeBySource(String source) {
        var span = db.select(DSL.min(PARTICIPATION_ENTRY.OCCURRED_AT), DSL.max(PARTICIPATION_ENTRY.OCCURRED_AT))
                .from(PARTICIPATION_ENTRY).where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(source)).fetchSingle();
        int removed = db.deleteFrom(PARTICIPATION_ENTRY).where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(source)).execute();
        if (removed > 0) {
            months.recount(span.value1().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                    span.value2().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
        return removed;
    }

    /** The topics of the activity behind a source, as a SET value ("a,b"); only known topics. */
    String topicsOf(String source, long sourceId) {
        List<String> topics = switch (source) {
            case "enrolment" -> db.select(MODULE_TOPIC.TOPIC).from(ENROLMENT)
                    .join(MODULE_TOPIC).on(MODULE_TOPIC.MODULE_VERSION_ID.eq(ENROLMENT.MODULE_VERSION_ID))
                    .where(ENROLMENT.ID.eq(sourceId)).fetch(MODULE_TOPIC.TOPIC);
            case "visit_application" -> db.select(STUDY_VISIT_THEME.THEME).from(VISIT_APPLICATION)
                    .join(STUDY_VISIT_THEME).on(STUDY_VISIT_THEME.VISIT_ID.eq(VISIT_APPLICATION.VISIT_ID))
                    .where(VISIT_APPLICATION.ID.eq(sourceId)).fetch(STUDY_VISIT_THEME.THEME);
            case "mentoring_session_mentee", "mentoring_session_mentor" -> split(db.select(MENTORING_REQUEST.TOPICS)
                    .from(MENTORING_SESSION)
                    .join(MENTORING_PAIRING).on(MENTORING_PAIRING.ID.eq(MENTORING_SESSION.PAIRING_ID))
                    .join(MENTORING_REQUEST).on(MENTORING_REQUEST.ID.eq(MENTORING_PAIRING.REQUEST_ID))
                    .where(MENTORING_SESSION.ID.eq(sourceId)).fetchOne(MENTORING_REQUEST.TOPICS));
            case "mentoring_pairing_mentee", "mentoring_pairing_mentor" -> split(db.select(MENTORING_REQUEST.TOPICS)
                    .from(MENTORING_PAIRING)
                    .join(MENTORING_REQUEST).on(MENTORING_REQUEST.ID.eq(MENTORING_PAIRING.REQUEST_ID))
                    .where(MENTORING_PAIRING.ID.eq(sourceId)).fetchOne(MENTORING_REQUEST.TOPICS));
            case "exchange_allocation" -> split(db.select(PLACEMENT.TOPICS).from(EXCHANGE_ALLOCATION)
                    .join(PLACEMENT).on(PLACEMENT.ID.eq(EXCHANGE_ALLOCATION.PLACEMENT_ID))
                    .where(EXCHANGE_ALLOCATION.ID.eq(sourceId)).fetchOne(PLACEMENT.TOPICS));
            case "certificate" -> split(certifiedSource(sourceId)
                    .map(s -> topicsOf(s.value1(), s.value2())).orElse(""));
            default -> List.of();
        };
        return topics.stream().filter(Topics::known).distinct().collect(Collectors.joining(","));
    }

    private Optional<Record2<String, Long>> certifiedSource(long certificateId) {
        return db.select(CERTIFICATE.SOURCE_TYPE, CERTIFICATE.SOURCE_ID).from(CERTIFICATE)
                .where(CERTIFICATE.ID.eq(certificateId)).fetchOptional();
    }

    private static List<String> split(String topics) {
        return topics == null || topics.isBlank() ? List.of() : Arrays.asList(topics.split(","));
    }

    LedgerWriter writer() {
        return new LedgerWriter(bulk.into(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.USER_ID, PARTICIPATION_ENTRY.REGION_ID,
                PARTICIPATION_ENTRY.KIND, PARTICIPATION_ENTRY.OCCURRED_AT, PARTICIPATION_ENTRY.QUANTITY,
                PARTICIPATION_ENTRY.SOURCE_TYPE, PARTICIPATION_ENTRY.SOURCE_ID, PARTICIPATION_ENTRY.TOPICS));
    }

    record GeneratedEntry(long userId, long regionId, ParticipationKind kind, java.time.Instant occurredAt,
                          java.math.BigDecimal quantity, String source, long sourceId, String topics) {
    }

    /**
     * Many entries in one statement: generated history, where the people and regions are known.
     * The caller recounts the monthly summary once it has written them all.
     */
    void insertGenerated(List<GeneratedEntry> batch) {
        if (batch.isEmpty()) return;
        var insert = db.insertInto(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.USER_ID, PARTICIPATION_ENTRY.REGION_ID,
                PARTICIPATION_ENTRY.KIND, PARTICIPATION_ENTRY.OCCURRED_AT, PARTICIPATION_ENTRY.QUANTITY,
                PARTICIPATION_ENTRY.SOURCE_TYPE, PARTICIPATION_ENTRY.SOURCE_ID, PARTICIPATION_ENTRY.TOPICS);
        for (GeneratedEntry e : batch) {
            insert = insert.values(e.userId(), e.regionId(), e.kind().name(), e.occurredAt(), e.quantity(), e.source(),
                    e.sourceId(), e.topics());
        }
        insert.execute();
    }

    /** A few entries with known people and regions, counted into the monthly summary one by one. */
    void insertCounted(List<GeneratedEntry> entries) {
        insertGenerated(entries);
        months.add(entries.stream().map(e -> new MonthlySummaryRepository.Counted(e.userId(), e.regionId(), e.kind(),
                e.occurredAt(), e.quantity(), e.topics())).toList());
    }

    void recountMonths(java.time.LocalDate first, java.time.LocalDate last) {
        months.recount(first, last);
    }

    long size() {
        return db.selectCount().from(PARTICIPATION_ENTRY).fetchOne(0, Long.class);
    }

    int countBySource(String source) {
        return db.fetchCount(PARTICIPATION_ENTRY, PARTICIPATION_ENTRY.SOURCE_TYPE.eq(source));
    }

    long maxSourceId(String source) {
        Long max = db.select(DSL.max(PARTICIPATION_ENTRY.SOURCE_ID)).from(PARTICIPATION_ENTRY)
                .where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(source)).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    int count(long userId, ParticipationKind kind) {
        return db.fetchCount(PARTICIPATION_ENTRY,
                PARTICIPATION_ENTRY.USER_ID.eq(userId).and(PARTICIPATION_ENTRY.KIND.eq(kind.name())));
    }
}
