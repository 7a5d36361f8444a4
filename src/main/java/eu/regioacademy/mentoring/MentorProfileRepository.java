package eu.regioacademy.mentoring;

import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.MENTORING_PAIRING;
import static eu.regioacademy.db.Tables.MENTOR_AVAILABILITY;
import static eu.regioacademy.db.Tables.MENTOR_LANGUAGE;
import static eu.regioacademy.db.Tables.MENTOR_PROFILE;
import static eu.regioacademy.db.Tables.MENTOR_TOPIC;
import static eu.regioacademy.db.Tables.REGION;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Mentor profiles: expertise, languages, capacity and weekly availability. */
@Repository
class MentorProfileRepository {

    private final DSLContext db;

    MentorProfileRepository(DSLContext db) {
        this.db = db;
    }

    /** @return false when someone else saved the profile since it was read */
    boolean save(long userId, int version, MentorProfileDraft d, Instant now) {
        int changed;
        if (version < 0) {
            changed = db.insertInto(MENTOR_PROFILE).set(MENTOR_PROFILE.USER_ID, userId).set(MENTOR_PROFILE.BIO, d.bio().strip())
                    .set(MENTOR_PROFILE.YEARS_EXPERIENCE, d.yearsExperience()).set(MENTOR_PROFILE.CAPACITY, d.capacity())
                    .set(MENTOR_PROFILE.PAUSED, d.paused()).set(MENTOR_PROFILE.UPDATED_AT, now)
                    .onDuplicateKeyIgnore().execute();
        } else {
            changed = db.update(MENTOR_PROFILE).set(MENTOR_PROFILE.BIO, d.bio().strip())
                    .set(MENTOR_PROFILE.YEARS_EXPERIENCE, d.yearsExperience()).set(MENTOR_PROFILE.CAPACITY, d.capacity())
                    .set(MENTOR_PROFILE.PAUSED, d.paused()).set(MENTOR_PROFILE.UPDATED_AT, now)
                    .set(MENTOR_PROFILE.VERSION, version + 1)
                    .where(MENTOR_PROFILE.USER_ID.eq(userId).and(MENTOR_PROFILE.VERSION.eq(version))).execute();
        }
        if (changed == 0) return false;
        db.deleteFrom(MENTOR_TOPIC).where(MENTOR_TOPIC.USER_ID.eq(userId)).execute();
        db.deleteFrom(MENTOR_LANGUAGE).where(MENTOR_LANGUAGE.USER_ID.eq(userId)).execute();
        db.deleteFrom(MENTOR_AVAILABILITY).where(MENTOR_AVAILABILITY.USER_ID.eq(userId)).execute();
        d.topics().forEach(t -> db.insertInto(MENTOR_TOPIC).set(MENTOR_TOPIC.USER_ID, userId).set(MENTOR_TOPIC.TOPIC, t).execute());
        d.languages().forEach((l, level) -> db.insertInto(MENTOR_LANGUAGE).set(MENTOR_LANGUAGE.USER_ID, userId)
                .set(MENTOR_LANGUAGE.LANGUAGE, l).set(MENTOR_LANGUAGE.LEVEL, level.name()).execute());
        d.availability().forEach(w -> db.insertInto(MENTOR_AVAILABILITY).set(MENTOR_AVAILABILITY.USER_ID, userId)
                .set(MENTOR_AVAILABILITY.DAY_OF_WEEK, (byte) w.day().getValue()).set(MENTOR_AVAILABILITY.STARTS_AT, w.from())
                .set(MENTOR_AVAILABILITY.ENDS_AT, w.until()).execute());
        return true;
    }

    Optional<MentorProfile> find(long userId) {
        var r = db.select(MENTOR_PROFILE.asterisk(), APP_USER.DISPLAY_NAME, REGION.NAME, APP_USER.TIME_ZONE)
                .from(MENTOR_PROFILE).join(APP_USER).on(APP_USER.ID.eq(MENTOR_PROFILE.USER_ID))
                .join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(MENTOR_PROFILE.USER_ID.eq(userId)).fetchOne();
        if (r == null) return Optional.empty();
        Set<String> topics = new HashSet<>(db.select(MENTOR_TOPIC.TOPIC).from(MENTOR_TOPIC)
                .where(MENTOR_TOPIC.USER_ID.eq(userId)).fetch(MENTOR_TOPIC.TOPIC));
        Map<String, LanguageLevel> languages = new LinkedHashMap<>();
        db.selectFrom(MENTOR_LANGUAGE).where(MENTOR_LANGUAGE.USER_ID.eq(userId)).orderBy(MENTOR_LANGUAGE.LANGUAGE)
                .forEach(l -> languages.put(l.getLanguage(), LanguageLevel.valueOf(l.getLevel())));
        MentorProfileDraft draft = new MentorProfileDraft(r.get(MENTOR_PROFILE.BIO), r.get(MENTOR_PROFILE.YEARS_EXPERIENCE),
                r.get(MENTOR_PROFILE.CAPACITY), r.get(MENTOR_PROFILE.PAUSED), topics, languages, availability(userId));
        return Optional.of(new MentorProfile(userId, r.get(APP_USER.DISPLAY_NAME), r.get(REGION.NAME),
                r.get(APP_USER.TIME_ZONE), r.get(MENTOR_PROFILE.VERSION), draft, liveMentees(userId)));
    }

    List<MentorProfileDraft.Window> availability(long userId) {
        return db.selectFrom(MENTOR_AVAILABILITY).where(MENTOR_AVAILABILITY.USER_ID.eq(userId))
                .orderBy(MENTOR_AVAILABILITY.DAY_OF_WEEK, MENTOR_AVAILABILITY.STARTS_AT)
                .fetch(w -> new MentorProfileDraft.Window(DayOfWeek.of(w.getDayOfWeek()), w.getStartsAt(), w.getEndsAt()));
    }

    /** Locks the mentor's profile: pairings of one mentor are decided one after another. */
    Optional<Integer> lockCapacity(long userId) {
        return db.select(MENTOR_PROFILE.CAPACITY).from(MENTOR_PROFILE).where(MENTOR_PROFILE.USER_ID.eq(userId))
                .forUpdate().fetchOptional(MENTOR_PROFILE.CAPACITY);
    }

    /** Proposed and active pairings, for display. */
    int liveMentees(long userId) {
        return db.fetchCount(MENTORING_PAIRING, MENTORING_PAIRING.MENTOR_ID.eq(userId)
                .and(MENTORING_PAIRING.STATUS.in("PROPOSED", "ACTIVE")));
    }

    /** The same count as a locking read: current even after waiting for the profile's lock (write paths only). */
    int liveMenteesLocked(long userId) {
        return db.fetchCount(db.select(MENTORING_PAIRING.ID).from(MENTORING_PAIRING)
                .where(MENTORING_PAIRING.MENTOR_ID.eq(userId).and(MENTORING_PAIRING.STATUS.in("PROPOSED", "ACTIVE")))
                .forUpdate());
    }

    /** Everyone who mentors and is not paused, with their free places. */
    List<MatchScoring.Mentor> candidates() {
        var live = DSL.field(DSL.selectCount().from(MENTORING_PAIRING)
                .where(MENTORING_PAIRING.MENTOR_ID.eq(MENTOR_PROFILE.USER_ID).and(MENTORING_PAIRING.STATUS.in("PROPOSED", "ACTIVE"))));
        var rows = db.select(MENTOR_PROFILE.USER_ID, APP_USER.DISPLAY_NAME, REGION.ID, REGION.NAME, REGION.COUNTRY_CODE,
                        MENTOR_PROFILE.CAPACITY, live, MENTOR_PROFILE.YEARS_EXPERIENCE)
                .from(MENTOR_PROFILE).join(APP_USER).on(APP_USER.ID.eq(MENTOR_PROFILE.USER_ID))
                .join(REGION).on(REGION.ID.eq(APP_USER.REGION_ID))
                .where(MENTOR_PROFILE.PAUSED.isFalse().and(APP_USER.ACTIVE.isTrue()))
                .orderBy(MENTOR_PROFILE.USER_ID).fetch();
        Map<Long, Set<String>> topics = new HashMap<>();
        db.selectFrom(MENTOR_TOPIC).forEach(t -> topics.computeIfAbsent(t.getUserId(), k -> new HashSet<>()).add(t.getTopic()));
        Map<Long, Set<String>> languages = new HashMap<>();
        db.selectFrom(MENTOR_LANGUAGE).forEach(l -> languages.computeIfAbsent(l.getUserId(), k -> new HashSet<>()).add(l.getLanguage()));
        return rows.map(r -> new MatchScoring.Mentor(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                topics.getOrDefault(r.value1(), Set.of()), languages.getOrDefault(r.value1(), Set.of()),
                r.value6() - r.value7(), r.value8()));
    }

    String bio(long userId) {
        return db.select(MENTOR_PROFILE.BIO).from(MENTOR_PROFILE).where(MENTOR_PROFILE.USER_ID.eq(userId))
                .fetchOptional(MENTOR_PROFILE.BIO).orElse("");
    }
}
