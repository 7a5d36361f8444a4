package eu.regioacademy.studyvisits;

import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.GeneratedCertificates;
import eu.regioacademy.participation.LedgerWriter;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.people.GeneratedStaff;
import eu.regioacademy.people.GeneratedStaff.StaffMember;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.StaffDirectory;
import eu.regioacademy.platform.GeneratedValues;
import eu.regioacademy.platform.ProgressLog;
import eu.regioacademy.platform.i18n.TranslationProvider;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Study visits at network scale, for benchmarks: visits hosted all over the network across
 * the period, their status following their dates (past ones completed or cancelled, coming
 * ones open, in selection or confirmed), applications endorsed, selected, waitlisted or
 * declined within the visit's capacity, attendance of the confirmed participants of completed
 * visits with their ledger entries and certificates (as {@link AttendanceCertificates} issues
 * them), feedback and three-month follow-ups. The same seed gives the same data.
 */
@Component
public class GeneratedStudyVisits {

    private static final List<String> CANCEL_REASONS = List.of(
            "Too few applications from the regions concerned.",
            "The host department is being reorganised; the visit moves to next year.",
            "Regional elections in the host region during the planned week.",
            "The venue is no longer available on these dates.");
    private static final List<String> MOTIVATIONS = List.of(
            "Our region starts a similar programme next year and I coordinate the pilot.",
            "I lead the team that will have to put this into practice at home.",
            "We evaluate our current approach this year and need examples that work.",
            "Our partnership with the municipalities needs a model like this one.");
    private static final List<String> TAKE_HOME = List.of(
            "How the programme is organised and who funds which part.",
            "The indicators they collect and how they report them.",
            "Contacts for a joint project application.",
            "Materials we can adapt for our own staff training.");
    private static final List<String> LEARNED = List.of(
            "How a small team can coordinate many partners with clear agreements.",
            "That measuring a few outcomes well beats many indicators nobody reads.",
            "Practical ways to involve newcomers in designing the services.");
    private static final List<String> APPLIED = List.of(
            "We adapted the referral form and use it with three municipalities.",
            "Our unit now meets the employment service monthly, as in the host region.",
            "We added two of the host's indicators to our annual report.");
    private static final Map<VisitKind, String> KIND_WORD = Map.of(VisitKind.STUDY_VISIT, "Study visit",
            VisitKind.PEER_REVIEW, "Peer review", VisitKind.EXPERT_MISSION, "Expert mission");

    private final StudyVisitScaleRepository repository;
    private final TranslationProvider translations;

    GeneratedStudyVisits(StudyVisitScaleRepository repository, TranslationProvider translations) {
        this.repository = repository;
        this.translations = translations;
    }

    /**
     * Writes {@code visitCount} visits with {@code applicationCount} applications between the
     * two instants (and up to half a year after, for visits still to come); returns the
     * attendances that earn a certificate.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<GeneratedCertificates.Achieved> generate(List<Region> regions, List<StaffMember> staff, int visitCount,
                                                         int applicationCount, Instant from, Instant to, long seed,
                                                         LedgerWriter ledger) {
        if (applicationCount > 0 && visitCount == 0) throw new IllegalArgumentException("Applications need visits");
        Random random = new Random(seed ^ 0x5717_0001L);
        StaffDirectory people = new StaffDirectory(staff);
        StudyVisitScaleRepository.FirstIds ids = repository.firstIds();
        LocalDate today = to.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate firstDay = from.atZone(ZoneOffset.UTC).toLocalDate();
        List<GeneratedCertificates.Achieved> achieved = new ArrayList<>();
        ProgressLog progress = ProgressLog.start("study visits", visitCount);
        int[] capacities = new int[visitCount];
        double[] weights = new double[visitCount];
        for (int n = 0; n < visitCount; n++) {
            // most visits are oversubscribed: some applicants are waitlisted or not selected
            capacities[n] = 6 + random.nextInt(15);
            weights[n] = capacities[n] * (0.8 + random.nextDouble());
        }
        int[] applicationsOf = GeneratedValues.split(applicationCount, weights);
        long applicationId = ids.application();
        try (StudyVisitScaleRepository.Writer rows = repository.writer()) {
            for (int n = 0; n < visitCount; n++) {
                if (applicationsOf[n] >= staff.size()) {
                    throw new IllegalArgumentException(staff.size() + " people are too few for " + applicationsOf[n]
                            + " applications to one visit");
                }
                applicationId = visit(rows, ledger, people, regions, ids.visit() + n, capacities[n], applicationsOf[n],
                        applicationId, firstDay, today, to, random, achieved);
                progress.advance(1);
            }
        }
        progress.finish();
        return achieved;
    }

    private record Plan(VisitKind kind, VisitStatus status, LocalDate startsOn, LocalDate endsOn, Instant deadline,
                        Instant createdAt, ZoneId zone) {

        int days() {
            return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
        }

        /** The last second of the visit in its time zone, when AttendanceCertificates counts it as attended. */
        Instant endedAt() {
            return endsOn.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        }
    }

    private Plan plan(Region host, LocalDate firstDay, LocalDate today, Instant to, Random random) {
        ZoneId zone = ZoneId.of(host.timeZone());
        int roll = random.nextInt(100);
        VisitKind kind = roll < 70 ? VisitKind.STUDY_VISIT : roll < 90 ? VisitKind.PEER_REVIEW : VisitKind.EXPERT_MISSION;
        int days = switch (random.nextInt(20)) {
            case 0, 1, 2 -> 1;
            case 3, 4, 5, 6, 7 -> 2;
            case 8, 9, 10, 11, 12, 13, 14 -> 3;
            case 15, 16, 17 -> 4;
            default -> 5;
        };
        boolean future = random.nextInt(100) < 12;
        LocalDate starts = future ? today.plusDays(7 + random.nextInt(170))
                : GeneratedValues.recentDay(random, firstDay.plusDays(100), today.minusDays(8));
        LocalDate ends = starts.plusDays(days - 1);
        Instant deadline = starts.minusDays(21).atTime(12, 0).atZone(zone).toInstant();
        Instant createdAt = deadline.minus(Duration.ofDays(30 + random.nextInt(45))).plusSeconds(random.nextInt(28_800));
        Instant latest = to.minus(Duration.ofDays(1 + random.nextInt(20)));
        if (createdAt.isAfter(latest)) createdAt = latest;
        VisitStatus status;
        if (!future) status = random.nextInt(100) < 7 ? VisitStatus.CANCELLED : VisitStatus.COMPLETED;
        else if (random.nextInt(100) < 4) status = VisitStatus.CANCELLED;
        else if (deadline.isAfter(to.minus(Duration.ofDays(1)))) status = VisitStatus.OPEN;
        else status = starts.isAfter(today.plusDays(10)) ? VisitStatus.SELECTION : VisitStatus.CONFIRMED;
        return new Plan(kind, status, starts, ends, deadline, createdAt, zone);
    }

    private long visit(StudyVisitScaleRepository.Writer rows, LedgerWriter ledger, StaffDirectory people,
                       List<Region> regions, long visitId, int capacity, int applicationCount, long applicationId,
                       LocalDate firstDay, LocalDate today, Instant to, Random random,
                       List<GeneratedCertificates.Achieved> achieved) {
        Region host = GeneratedValues.pick(random, regions);
        Plan plan = plan(host, firstDay, today, to, random);
        StaffMember creator = people.someoneIn(random, host.id());
        List<String> themes = GeneratedValues.topics(random, 2);
        String topics = String.join(",", themes);
        String hostLanguage = GeneratedStaff.languageOf(host.countryCode());
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String language : hostLanguage.equals("en") ? List.of("en") : List.of("en", hostLanguage)) {
            Locale locale = Locale.forLanguageTag(language);
            String first = translations.translate(locale, "topic." + themes.getFirst());
            titles.put(language, first + " — " + host.name());
            descriptions.put(language, themes.stream().map(t -> translations.translate(locale, "topic." + t))
                    .reduce((a, b) -> a + ", " + b).orElseThrow() + " · " + host.name() + " · " + plan.startsOn()
                    + (language.equals("en") ? "\n\n" + KIND_WORD.get(plan.kind()) + " of " + plan.days()
                    + (plan.days() == 1 ? " day" : " days") + " with the regional administration's own teams." : ""));
        }

        // the applications first: the visit row says whether certificates were issued
        List<Object[]> applicationRows = new ArrayList<>();
        List<long[]> attendees = new ArrayList<>();
        Set<Long> applied = new HashSet<>();
        Instant applyUntil = plan.deadline().isBefore(to) ? plan.deadline() : to;
        boolean selected = plan.status() == VisitStatus.SELECTION || plan.status() == VisitStatus.CONFIRMED
                || plan.status() == VisitStatus.COMPLETED;
        int place = 0;
        int waitlist = 0;
        Instant decidedAt = plan.deadline().plus(Duration.ofDays(1 + random.nextInt(4)));
        if (decidedAt.isAfter(to)) decidedAt = to.minusSeconds(3600);
        for (int k = 0; k < applicationCount; k++, applicationId++) {
            StaffMember applicant = people.anyone(random);
            for (int tries = 0; tries < 20 && (applied.contains(applicant.userId()) || applicant.regionId() == host.id()); tries++) {
                applicant = people.anyone(random);
            }
            while (applied.contains(applicant.userId())) applicant = people.anyone(random);
            applied.add(applicant.userId());
            Instant appliedAt = plan.createdAt().plusSeconds((long) (random.nextDouble()
                    * Math.max(60, applyUntil.getEpochSecond() - plan.createdAt().getEpochSecond())));
            long coordinator = people.coordinatorOf(applicant.regionId()).userId();
            Instant endorsedAt = appliedAt.plusSeconds((long) (random.nextDouble()
                    * Math.max(60, Math.min(5 * 86_400L, applyUntil.getEpochSecond() - appliedAt.getEpochSecond()))));
            int roll = random.nextInt(100);
            StudyVisitScaleRepository.Decision decision;
            if (roll < 7) {
                decision = new StudyVisitScaleRepository.Decision(ApplicationStatus.DECLINED, coordinator, endorsedAt,
                        "Does not fit this year's regional training plan.", null, null, null, null, null);
            } else if (roll < 12) {
                decision = new StudyVisitScaleRepository.Decision(ApplicationStatus.WITHDRAWN, null, null, null, null,
                        null, null, null, null);
            } else if (!selected) {
                boolean endorsed = roll < 60 && endorsedAt.isBefore(to);
                decision = new StudyVisitScaleRepository.Decision(endorsed ? ApplicationStatus.ENDORSED
                        : ApplicationStatus.PENDING, endorsed ? coordinator : null, endorsed ? endorsedAt : null,
                        null, null, null, null, null, null);
            } else if (place < capacity) {
                place++;
                Instant confirmedAt = decidedAt.plus(Duration.ofHours(6 + random.nextInt(90)));
                boolean confirmed = plan.status() != VisitStatus.SELECTION || (random.nextInt(10) < 6 && confirmedAt.isBefore(to));
                if (confirmedAt.isAfter(to)) confirmedAt = to.minusSeconds(60);
                decision = new StudyVisitScaleRepository.Decision(confirmed ? ApplicationStatus.CONFIRMED
                        : ApplicationStatus.SELECTED, coordinator, endorsedAt, null, place, null, creator.userId(),
                        decidedAt, confirmed ? confirmedAt : null);
                if (confirmed && plan.status() == VisitStatus.COMPLETED) {
                    attendees.add(new long[] {applicationId, applicant.userId()});
                }
            } else if (plan.status() != VisitStatus.COMPLETED && waitlist < 5) {
                decision = new StudyVisitScaleRepository.Decision(ApplicationStatus.WAITLISTED, coordinator, endorsedAt,
                        null, null, ++waitlist, creator.userId(), decidedAt, null);
            } else {
                decision = new StudyVisitScaleRepository.Decision(ApplicationStatus.NOT_SELECTED, coordinator,
                        endorsedAt, null, null, null, creator.userId(), decidedAt, null);
            }
            applicationRows.add(new Object[] {applicationId, applicant, GeneratedValues.pick(random, MOTIVATIONS),
                    GeneratedValues.pick(random, TAKE_HOME), appliedAt, decision});
        }

        Instant endedAt = plan.endedAt();
        boolean completed = plan.status() == VisitStatus.COMPLETED;
        @Nullable String report = null;
        @Nullable Instant reportAt = null;
        if (completed && random.nextInt(10) < 6) {
            report = applicationCount + " officers applied; " + attendees.size() + " took part. Several regions plan "
                    + "to adapt what they saw.";
            reportAt = min(endedAt.plus(Duration.ofDays(2 + random.nextInt(9))), to);
        }
        Instant certificatesAt = completed && !attendees.isEmpty()
                ? min(endedAt.plus(Duration.ofHours(12 + random.nextInt(60))), to) : null;
        rows.visit(visitId, plan.kind(), plan.status(), host.id(), host.name(), "Regional administration, "
                        + host.name(), plan.startsOn(), plan.endsOn(), host.timeZone(), capacity, plan.deadline(),
                String.join(",", titles.keySet()), VisitRules.DEFAULT_DAILY_ALLOWANCE, report, reportAt,
                plan.status() == VisitStatus.CANCELLED ? GeneratedValues.pick(random, CANCEL_REASONS) : null,
                certificatesAt, creator.userId(), plan.createdAt());
        titles.forEach((language, title) -> rows.text(visitId, language, title, descriptions.get(language)));
        themes.forEach(theme -> rows.theme(visitId, theme));
        VisitDraft.standardTravelBands().forEach(b -> rows.travelBand(visitId, b.upToKm(), b.amount()));
        for (int d = 0; d < plan.days(); d++) {
            LocalDate day = plan.startsOn().plusDays(d);
            rows.agendaItem(visitId, day, LocalTime.of(9, 30), LocalTime.of(12, 30),
                    translations.translate(Locale.ENGLISH, "topic." + themes.get(d % themes.size())) + ": how it works here",
                    creator.name(), "Regional administration");
            rows.agendaItem(visitId, day, LocalTime.of(14, 0), LocalTime.of(16, 30), "Site visit and discussion",
                    "Host team", host.name());
        }
        for (Object[] a : applicationRows) {
            StaffMember applicant = (StaffMember) a[1];
            rows.application((long) a[0], visitId, applicant.userId(), applicant.regionId(), (String) a[2],
                    (String) a[3], (Instant) a[4], (StudyVisitScaleRepository.Decision) a[5]);
        }

        for (long[] attendee : attendees) {
            long id = attendee[0];
            StaffMember who = people.person(attendee[1]);
            int missed = plan.days() > 1 && random.nextInt(100) < 15 ? random.nextInt(plan.days()) : -1;
            int days = 0;
            for (int d = 0; d < plan.days(); d++) {
                if (d == missed) continue;
                LocalDate day = plan.startsOn().plusDays(d);
                rows.attended(id, day, creator.userId(), day.atTime(17, 0).atZone(plan.zone()).toInstant());
                days++;
            }
            ledger.add(who.userId(), who.regionId(), ParticipationKind.VISIT_ATTENDED, endedAt, BigDecimal.valueOf(days),
                    VisitRecordRepository.CERTIFICATE_SOURCE, id, topics);
            achieved.add(new GeneratedCertificates.Achieved(who.userId(), who.regionId(), who.name(),
                    CertificateKind.STUDY_VISIT, LocalizedText.pick(titles, who.locale()),
                    BigDecimal.valueOf((long) days * VisitRules.HOURS_PER_VISIT_DAY), endedAt, who.locale(),
                    VisitRecordRepository.CERTIFICATE_SOURCE, id, topics));
            Instant feedbackAt = endedAt.plus(Duration.ofHours(12 + random.nextInt(300)));
            if (random.nextInt(100) < 55 && feedbackAt.isBefore(to)) {
                rows.feedback(id, 3 + random.nextInt(3) - (random.nextInt(10) == 0 ? 2 : 0),
                        GeneratedValues.pick(random, LEARNED), GeneratedValues.pick(random, TAKE_HOME), feedbackAt);
            }
            Instant due = plan.endsOn().plusMonths(VisitRules.FOLLOW_UP_MONTHS).atTime(9, 0).atZone(plan.zone()).toInstant();
            Instant answeredAt = due.plus(Duration.ofHours(random.nextInt(30 * 24)));
            if (random.nextInt(100) < 40 && answeredAt.isBefore(to)) {
                rows.followUp(id, GeneratedValues.pick(random, APPLIED), answeredAt);
                ledger.add(who.userId(), who.regionId(), ParticipationKind.VISIT_FOLLOW_UP_ANSWERED, answeredAt,
                        BigDecimal.ZERO, VisitRecordRepository.CERTIFICATE_SOURCE, id, topics);
            }
        }
        return applicationId;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
