package eu.regioacademy.studyvisits;

import static eu.regioacademy.db.Tables.CERTIFICATE;
import static eu.regioacademy.db.Tables.CERTIFICATE_RENDITION;
import static eu.regioacademy.db.Tables.NOTIFICATION;
import static eu.regioacademy.db.Tables.PARTICIPATION_ENTRY;
import static eu.regioacademy.db.Tables.STUDY_VISIT;
import static eu.regioacademy.db.Tables.VISIT_APPLICATION;
import static eu.regioacademy.db.Tables.VISIT_ATTENDANCE;
import static eu.regioacademy.db.Tables.VISIT_FEEDBACK;
import static eu.regioacademy.db.Tables.VISIT_FOLLOW_UP;

import eu.regioacademy.TestUsers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Visits and applications in any state for the study-visit tests, hosted by Skåne (the
 * demo coordinator's region); and removal of everything a committing test made.
 */
@Component
public class StudyVisitFixture {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    public static final String TITLE = "Test visit: language cafés in Malmö";

    private final StudyVisitRepository visits;
    private final ApplicationRepository applications;
    private final VisitRecordRepository records;
    private final RecipientQuery people;
    private final DSLContext db;
    private final Clock clock;

    StudyVisitFixture(StudyVisitRepository visits, ApplicationRepository applications, VisitRecordRepository records,
                      RecipientQuery people, DSLContext db, Clock clock) {
        this.visits = visits;
        this.applications = applications;
        this.records = records;
        this.people = people;
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(STOCKHOLM));
    }

    /** A complete draft in Skåne, four weeks ahead, applications until two weeks before. */
    public VisitDraft draft(int capacity) {
        LocalDate start = today().plusWeeks(4);
        return new VisitDraft(VisitKind.STUDY_VISIT, skane(), "Malmö", "Rosengård library", start, start.plusDays(1),
                start.minusWeeks(2).atTime(12, 0).atZone(STOCKHOLM).toInstant(), capacity, List.of("en", "sv"),
                Set.of("reception"), Map.of("en", new VisitDraft.Text(TITLE, "Two days with the language cafés."),
                        "sv", new VisitDraft.Text("Testbesök: språkcaféer i Malmö", "Två dagar med språkcaféerna.")),
                new BigDecimal("100.00"), VisitDraft.standardTravelBands(),
                List.of(new VisitDraft.AgendaItem(start, LocalTime.of(9, 0), LocalTime.of(10, 30), "Welcome", "Host", "Library"),
                        new VisitDraft.AgendaItem(start.plusDays(1), LocalTime.of(14, 0), LocalTime.of(15, 0), "Wrap-up", "", "")),
                List.of());
    }

    /** A visit in the given state, as if it had got there through its life. */
    public long visit(VisitStatus status, int capacity) {
        long id = visits.insert(draft(capacity), STOCKHOLM.getId(), people.idOf(TestUsers.COORDINATOR), null, null);
        if (status != VisitStatus.DRAFT) {
            visits.setStatus(id, status, status == VisitStatus.CANCELLED ? "Test" : null);
        }
        return id;
    }

    /** Moves the visit so that it starts on the day (keeping its length), the deadline two weeks before. */
    public void moveTo(long visitId, LocalDate startsOn) {
        var row = visits.find(visitId).orElseThrow();
        db.update(STUDY_VISIT).set(STUDY_VISIT.STARTS_ON, startsOn)
                .set(STUDY_VISIT.ENDS_ON, startsOn.plusDays(row.days() - 1L))
                .set(STUDY_VISIT.APPLICATION_DEADLINE, startsOn.minusWeeks(2).atStartOfDay(STOCKHOLM).toInstant())
                .where(STUDY_VISIT.ID.eq(visitId)).execute();
    }

    public void setDeadline(long visitId, Instant deadline) {
        db.update(STUDY_VISIT).set(STUDY_VISIT.APPLICATION_DEADLINE, deadline).where(STUDY_VISIT.ID.eq(visitId)).execute();
    }

    /** An application by the demo person, brought to the status the way the services would. */
    public long application(long visitId, String email, ApplicationStatus status) {
        long user = people.idOf(email);
        long region = db.select(eu.regioacademy.db.Tables.APP_USER.REGION_ID).from(eu.regioacademy.db.Tables.APP_USER)
                .where(eu.regioacademy.db.Tables.APP_USER.ID.eq(user)).fetchSingle(eu.regioacademy.db.Tables.APP_USER.REGION_ID);
        long id = applications.insertIfAbsent(visitId, user, region, "Motivation of " + email, "Take-home").orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long host = people.idOf(TestUsers.COORDINATOR);
        switch (status) {
            case PENDING -> { }
            case ENDORSED, DECLINED -> applications.endorse(id, status, "Fixture", host, now);
            case SELECTED, CONFIRMED -> {
                applications.endorse(id, ApplicationStatus.ENDORSED, null, host, now);
                applications.decide(id, ApplicationStatus.SELECTED, applications.freePlace(visitId, 500).orElseThrow(),
                        null, host, now);
                if (status == ApplicationStatus.CONFIRMED) applications.confirm(id, now);
            }
            case WAITLISTED -> {
                applications.endorse(id, ApplicationStatus.ENDORSED, null, host, now);
                applications.decide(id, status, null, applications.nextWaitlistRank(visitId), host, now);
            }
            case NOT_SELECTED -> {
                applications.endorse(id, ApplicationStatus.ENDORSED, null, host, now);
                applications.decide(id, status, null, null, host, now);
            }
            case WITHDRAWN -> applications.withdraw(id);
        }
        return id;
    }

    public void attended(long applicationId, LocalDate day) {
        records.mark(applicationId, day, people.idOf(TestUsers.COORDINATOR), clock.instant());
    }

    public ApplicationStatus statusOf(long applicationId) {
        return applications.find(applicationId).orElseThrow().status();
    }

    public VisitStatus statusOfVisit(long visitId) {
        return visits.find(visitId).orElseThrow().status();
    }

    public long userId(String email) {
        return people.idOf(email);
    }

    public long skane() {
        return visits.regionIdOf("SE224");
    }

    public long regionId(String nuts) {
        return visits.regionIdOf(nuts);
    }

    /** Notifications a person got about events whose key starts so. */
    public List<String> notificationKeys(String email, String eventPrefix) {
        return db.select(NOTIFICATION.MESSAGE_KEY).from(NOTIFICATION)
                .where(NOTIFICATION.RECIPIENT_ID.eq(people.idOf(email)).and(NOTIFICATION.EVENT_KEY.startsWith(eventPrefix)))
                .orderBy(NOTIFICATION.ID).fetch(NOTIFICATION.MESSAGE_KEY);
    }

    /** For tests that commit: the visit and everything hanging from it. */
    public void remove(long visitId) {
        var apps = db.select(VISIT_APPLICATION.ID).from(VISIT_APPLICATION).where(VISIT_APPLICATION.VISIT_ID.eq(visitId))
                .fetch(VISIT_APPLICATION.ID);
        db.deleteFrom(NOTIFICATION).where(NOTIFICATION.LINK.eq("study-visits/" + visitId)).execute();
        var certificates = db.select(CERTIFICATE.ID).from(CERTIFICATE)
                .where(CERTIFICATE.SOURCE_TYPE.eq(VisitRecordRepository.CERTIFICATE_SOURCE).and(CERTIFICATE.SOURCE_ID.in(apps)))
                .fetch(CERTIFICATE.ID);
        db.deleteFrom(CERTIFICATE_RENDITION).where(CERTIFICATE_RENDITION.CERTIFICATE_ID.in(certificates)).execute();
        db.deleteFrom(CERTIFICATE).where(CERTIFICATE.ID.in(certificates)).execute();
        db.deleteFrom(PARTICIPATION_ENTRY).where(PARTICIPATION_ENTRY.SOURCE_TYPE.eq(VisitRecordRepository.CERTIFICATE_SOURCE)
                .and(PARTICIPATION_ENTRY.SOURCE_ID.in(apps))).execute();
        db.deleteFrom(VISIT_ATTENDANCE).where(VISIT_ATTENDANCE.APPLICATION_ID.in(apps)).execute();
        db.deleteFrom(VISIT_FEEDBACK).where(VISIT_FEEDBACK.APPLICATION_ID.in(apps)).execute();
        db.deleteFrom(VISIT_FOLLOW_UP).where(VISIT_FOLLOW_UP.APPLICATION_ID.in(apps)).execute();
        db.deleteFrom(VISIT_APPLICATION).where(VISIT_APPLICATION.VISIT_ID.eq(visitId)).execute();
        db.deleteFrom(STUDY_VISIT).where(STUDY_VISIT.ID.eq(visitId)).execute();
    }
}
