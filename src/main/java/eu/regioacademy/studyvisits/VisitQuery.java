package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.REGION;
import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_TEXT;
import static eu.regioacademy.db.Tables.STUDY_VISIT_THEME;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;

import eu.regioacademy.platform.PageRequest;
import eu.regioacademy.platform.db.Sorting;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The list of visits staff browse, filtered and paged in SQL. */
@Repository
class VisitQuery {

    /** Who browses: drafts are visible only to their hosts, the secretariat and whoever requested them. */
    record Viewer(long userId, @Nullable Long hostRegionId, boolean secretariat, String language) {
    }

    private final DSLContext db;

    VisitQuery(DSLContext db) {
        this.db = db;
    }

    List<VisitSummary> page(VisitFilter filter, Viewer viewer, Instant now, PageRequest page) {
        Field<String> title = title(viewer.language());
        Field<Integer> taken = DSL.field(DSL.selectCount().from(VISIT_APPLICATION)
                .where(VISIT_APPLICATION.VISIT_ID.eq(STUDY_VISIT.ID).and(VISIT_APPLICATION.PLACE_NO.isNotNull())));
        return db.select(STUDY_VISIT.ID, STUDY_VISIT.KIND, STUDY_VISIT.STATUS, title, REGION.NAME, STUDY_VISIT.CITY,
                        STUDY_VISIT.STARTS_ON, STUDY_VISIT.ENDS_ON, STUDY_VISIT.WORKING_LANGUAGES, STUDY_VISIT.CAPACITY,
                        taken, STUDY_VISIT.APPLICATION_DEADLINE)
                .from(STUDY_VISIT).join(REGION).on(REGION.ID.eq(STUDY_VISIT.HOST_REGION_ID))
                .where(conditions(filter, viewer, now))
                .orderBy(Sorting.orderBy(page, Map.of("startsOn", STUDY_VISIT.STARTS_ON, "title", title,
                                "hostRegion", REGION.NAME, "deadline", STUDY_VISIT.APPLICATION_DEADLINE),
                        STUDY_VISIT.STARTS_ON.desc(), STUDY_VISIT.ID.desc()))
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new VisitSummary(r.value1(), VisitKind.valueOf(r.value2()), VisitStatus.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), List.of(r.value9().split(",")),
                        r.value10(), r.value11(), r.value12()));
    }

    int count(VisitFilter filter, Viewer viewer, Instant now) {
        return db.fetchCount(db.selectOne().from(STUDY_VISIT).join(REGION).on(REGION.ID.eq(STUDY_VISIT.HOST_REGION_ID))
                .where(conditions(filter, viewer, now)));
    }

    private static Field<String> title(String language) {
        var t = STUDY_VISIT_TEXT.as("t");
        return DSL.field(DSL.select(t.TITLE).from(t).where(t.VISIT_ID.eq(STUDY_VISIT.ID))
                .orderBy(DSL.when(t.LANGUAGE.eq(language), 0).when(t.LANGUAGE.eq("en"), 1).otherwise(2), t.LANGUAGE)
                .limit(1));
    }

    private static Condition conditions(VisitFilter filter, Viewer viewer, Instant now) {
        Condition visible = STUDY_VISIT.STATUS.ne(VisitStatus.DRAFT.name())
                .or(STUDY_VISIT.REQUESTED_BY.eq(viewer.userId()));
        if (viewer.secretariat()) visible = DSL.trueCondition();
        else if (viewer.hostRegionId() != null) visible = visible.or(STUDY_VISIT.HOST_REGION_ID.eq(viewer.hostRegionId()));
        Condition c = visible;
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = Sorting.containsPattern(filter.text().strip());
            c = c.and(STUDY_VISIT.CITY.like(pattern, '\\').or(DSL.exists(DSL.selectOne().from(STUDY_VISIT_TEXT)
                    .where(STUDY_VISIT_TEXT.VISIT_ID.eq(STUDY_VISIT.ID).and(STUDY_VISIT_TEXT.TITLE.like(pattern, '\\'))))));
        }
        if (filter.theme() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(STUDY_VISIT_THEME)
                    .where(STUDY_VISIT_THEME.VISIT_ID.eq(STUDY_VISIT.ID).and(STUDY_VISIT_THEME.THEME.eq(filter.theme())))));
        }
        if (filter.hostRegionId() != null) c = c.and(STUDY_VISIT.HOST_REGION_ID.eq(filter.hostRegionId()));
        if (filter.from() != null) c = c.and(STUDY_VISIT.ENDS_ON.ge(filter.from()));
        if (filter.to() != null) c = c.and(STUDY_VISIT.STARTS_ON.le(filter.to()));
        if (filter.language() != null) {
            c = c.and(DSL.field("FIND_IN_SET({0}, {1})", Integer.class, DSL.val(filter.language()),
                    STUDY_VISIT.WORKING_LANGUAGES).gt(0));
        }
        if (filter.kind() != null) c = c.and(STUDY_VISIT.KIND.eq(filter.kind().name()));
        if (filter.openNow()) {
            c = c.and(STUDY_VISIT.STATUS.eq(VisitStatus.OPEN.name())).and(STUDY_VISIT.APPLICATION_DEADLINE.gt(now));
        }
        return c;
    }
}
