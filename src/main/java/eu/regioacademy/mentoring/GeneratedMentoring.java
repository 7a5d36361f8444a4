package eu.regioacademy.mentoring;

import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.GeneratedCertificates;
import eu.regioacademy.participation.LedgerWriter;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.people.GeneratedStaff;
import eu.regioacademy.people.GeneratedStaff.StaffMember;
import eu.regioacademy.people.StaffDirectory;
import eu.regioacademy.platform.GeneratedValues;
import eu.regioacademy.platform.ProgressLog;
import eu.regioacademy.platform.security.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring at network scale, for benchmarks: one cycle a year, mentor profiles (with the
 * mentor role), requests, pairings proposed, declined, active, ended or completed (never a
 * mentor over capacity, one live pairing per request), their agreements and goals, and
 * sessions held, planned or cancelled with both people's quarter hours booked and never
 * double-booked. Held sessions and completed pairings are written to the ledger and earn
 * certificates as {@link SessionService} and {@link PairingService} record them.
 */
@Component
public class GeneratedMentoring {

    static final int CYCLES = 3;
    private static final int[] LENGTHS = {30, 45, 60, 60, 60, 60, 90, 90, 120};
    private static final long SLOT_SECONDS = 900;
    private static final List<String> GOALS = List.of(
            "Set up a job-matching desk in our reception service and measure what it achieves.",
            "Prepare our first AMIF application as lead partner.",
            "Build a network of municipalities around the regional integration plan.",
            "Learn how other regions organise language courses for working adults.",
            "Design an indicator set our politicians will actually read.");
    private static final List<String> GOAL_STEPS = List.of("Map the partners and what each brings",
            "Draft the service description", "Agree three indicators and how to collect them",
            "Present the plan to the management team", "Run a first pilot with two municipalities");
    private static final List<String> DECLINE_REASONS = List.of("No time this cycle, sorry.",
            "Our topics do not match as well as the proposal suggests.", "I am on leave for most of the cycle.");
    private static final List<String> END_REASONS = List.of("The mentee changed jobs.",
            "We reached what we could for now and agreed to stop.", "Long sick leave.");
    private static final List<String> CANCEL_REASONS = List.of("Clash with a regional council meeting.", "Ill today.",
            "Travelling; let's find another time.");
    private static final List<String> RHYTHMS = List.of("Every two weeks, one hour online",
            "Monthly, ninety minutes online", "Every three weeks, alternating online and by phone");

    private record Mentor(StaffMember who, int capacity) {
    }

    private record Pairing(long id, String cycleName, StaffMember mentor, StaffMember mentee, PairingStatus status,
                           String topics, Instant sessionsFrom, Instant sessionsUntil, @Nullable Instant closedAt,
                           long closedBy) {
    }

    private final MentoringScaleRepository repository;
    private final GeneratedStaff staffRoles;

    GeneratedMentoring(MentoringScaleRepository repository, GeneratedStaff staffRoles) {
        this.repository = repository;
        this.staffRoles = staffRoles;
    }

    /**
     * Writes {@link #CYCLES} yearly cycles up to the end instant (the last still running),
     * {@code pairingCount} pairings and {@code sessionCount} sessions; returns the completed
     * pairings' achievements, the mentee's and the mentor's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<GeneratedCertificates.Achieved> generate(List<StaffMember> staff, int pairingCount, int sessionCount,
                                                         Instant from, Instant to, long seed, LedgerWriter ledger) {
        Random random = new Random(seed ^ 0x3E47_0002L);
        StaffDirectory people = new StaffDirectory(staff);
        MentoringScaleRepository.FirstIds ids = repository.firstIds();
        LocalDate firstDay = from.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate today = to.atZone(ZoneOffset.UTC).toLocalDate();
        List<GeneratedCertificates.Achieved> achieved = new ArrayList<>();
        try (MentoringScaleRepository.Writer rows = repository.writer()) {
            List<Mentor> mentors = mentors(rows, staff, Math.max(5, pairingCount * 2 / 5), firstDay, random);
            staffRoles.grantRole(mentors.stream().map(m -> m.who().userId()).toList(), Role.MENTOR);
            ProgressLog pairingProgress = ProgressLog.start("mentoring pairings", pairingCount);
            List<Pairing> pairings = new ArrayList<>();
            int[] perCycle = GeneratedValues.split(pairingCount, new double[] {0.30, 0.33, 0.37});
            long requestId = ids.request();
            long pairingId = ids.pairing();
            for (int c = 0; c < CYCLES; c++) {
                LocalDate starts = firstDay.plusMonths(4).plusYears(c);
                LocalDate ends = starts.plusYears(1).minusDays(1);
                String name = "Regio Academy mentoring cycle " + starts.getYear() + "–" + ends.getYear();
                long cycleId = ids.cycle() + c;
                rows.cycle(cycleId, name, starts, ends, !ends.isBefore(today), people.everyone().getFirst().userId(),
                        starts.minusDays(30).atTime(9, 0).toInstant(ZoneOffset.UTC));
                int[] load = new int[mentors.size()];
                Set<Long> mentees = new HashSet<>();
                int written = 0;
                while (written < perCycle[c]) {
                    StaffMember mentee = people.anyone(random);
                    while (!mentees.add(mentee.userId())) mentee = people.anyone(random);
                    written += cycleRequest(rows, requestId++, pairingId + written, cycleId, name, starts, ends, today,
                            to, mentee, mentors, load, perCycle[c] - written, random, pairings);
                }
                pairingId += written;
                pairingProgress.advance(written);
            }
            pairingProgress.finish();
            sessions(rows, ledger, pairings, ids.session(), sessionCount, to, random, achieved);
        }
        return achieved;
    }

    private List<Mentor> mentors(MentoringScaleRepository.Writer rows, List<StaffMember> staff, int count,
                                 LocalDate firstDay, Random random) {
        List<StaffMember> shuffled = new ArrayList<>(staff);
        Collections.shuffle(shuffled, random);
        List<Mentor> mentors = new ArrayList<>();
        for (StaffMember who : shuffled.subList(0, Math.min(count, shuffled.size()))) {
            int roll = random.nextInt(20);
            int capacity = roll < 3 ? 1 : roll < 9 ? 2 : roll < 15 ? 3 : roll < 18 ? 4 : 5;
            List<String> topics = GeneratedValues.topics(random, 4);
            int years = 3 + random.nextInt(30);
            rows.profile(who.userId(), years + " years in regional administration, lately on " + String.join(", ", topics)
                    + ". I help colleagues turn plans into services that hold up in practice.", years, capacity,
                    random.nextInt(100) < 4, firstDay.plusDays(random.nextInt(100)).atTime(10, 0).toInstant(ZoneOffset.UTC));
            topics.forEach(t -> rows.topic(who.userId(), t));
            rows.language(who.userId(), who.locale(), LanguageLevel.NATIVE);
            if (!who.locale().equals("en")) {
                rows.language(who.userId(), "en", List.of(LanguageLevel.B2, LanguageLevel.C1, LanguageLevel.C2)
                        .get(random.nextInt(3)));
            }
            String third = GeneratedValues.pick(random, List.of("fr", "es", "it", "de"));
            if (!third.equals(who.locale()) && random.nextBoolean()) rows.language(who.userId(), third, LanguageLevel.B1);
            int windows = 1 + random.nextInt(3);
            for (int w = 0; w < windows; w++) {
                int hour = 8 + random.nextInt(8);
                rows.window(who.userId(), 1 + (w * 2 + random.nextInt(2)) % 5, LocalTime.of(hour, 0),
                        LocalTime.of(hour + 2 + random.nextInt(2), 0));
            }
            mentors.add(new Mentor(who, capacity));
        }
        return mentors;
    }

    /** One mentee's request in a cycle and its pairings (a declined one may come first); returns how many pairings. */
    private int cycleRequest(MentoringScaleRepository.Writer rows, long requestId, long pairingId, long cycleId,
                             String cycleName, LocalDate starts, LocalDate ends, LocalDate today, Instant to,
                             StaffMember mentee, List<Mentor> mentors, int[] load, int wanted, Random random,
                             List<Pairing> pairings) {
        boolean current = !ends.isBefore(today);
        Instant cycleStart = starts.atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant requested = cycleStart.plus(Duration.ofHours(random.nextInt(45 * 24) - 20 * 24));
        String topics = String.join(",", GeneratedValues.topics(random, 3));
        String languages = mentee.locale().equals("en") ? "en" : mentee.locale() + ",en";
        int roll = random.nextInt(100);
        PairingStatus last = current
                ? (roll < 72 ? PairingStatus.ACTIVE : roll < 82 ? PairingStatus.PROPOSED : roll < 90
                        ? PairingStatus.COMPLETED : roll < 95 ? PairingStatus.ENDED : null)
                : (roll < 78 ? PairingStatus.COMPLETED : roll < 92 ? PairingStatus.ENDED : null);
        boolean declinedFirst = (random.nextInt(100) < 10 || (last == null && random.nextBoolean())) && wanted >= 1;
        if (last != null && wanted < (declinedFirst ? 2 : 1)) last = null;
        // the request before its pairings: a pairing's row refers to it
        rows.request(requestId, cycleId, mentee.userId(), GeneratedValues.pick(random, GOALS), topics, languages,
                random.nextInt(10) < 7, random.nextInt(10) < 4, last != null ? "MATCHED" : current ? "OPEN" : "WITHDRAWN",
                requested);
        int count = 0;
        Instant proposed = later(cycleStart, requested).plus(Duration.ofHours(24 + random.nextInt(20 * 24)));
        if (declinedFirst) {
            Mentor mentor = mentor(mentors, load, mentee, false, false, random);
            Instant closed = proposed.plus(Duration.ofHours(24 + random.nextInt(6 * 24)));
            rows.pairing(pairingId + count++, cycleId, requestId, mentor.who().userId(), mentee.userId(),
                    40 + random.nextInt(60), new MentoringScaleRepository.PairingState(PairingStatus.DECLINED, null,
                            random.nextBoolean() ? proposed.plusSeconds(3600) : null,
                            GeneratedValues.pick(random, DECLINE_REASONS), mentor.who().userId(), closed), proposed);
            proposed = closed.plus(Duration.ofHours(24 + random.nextInt(10 * 24)));
        }
        if (last == PairingStatus.PROPOSED) proposed = to.minus(Duration.ofHours(2 + random.nextInt(20 * 24)));
        if (last != null) {
            Mentor mentor = mentor(mentors, load, mentee, true, last.live(), random);
            StaffMember m = mentor.who();
            long id = pairingId + count++;
            Instant menteeAccepted = proposed.plus(Duration.ofHours(1 + random.nextInt(72)));
            Instant mentorAccepted = proposed.plus(Duration.ofHours(2 + random.nextInt(120)));
            Instant accepted = later(menteeAccepted, mentorAccepted);
            Instant cycleEnd = ends.atTime(17, 0).toInstant(ZoneOffset.UTC);
            Instant sessionsFrom = accepted.plus(Duration.ofDays(5));
            Instant closedAt = switch (last) {
                case COMPLETED -> current ? to.minus(Duration.ofHours(1 + random.nextInt(30 * 24)))
                        : cycleEnd.minus(Duration.ofHours(random.nextInt(60 * 24)));
                case ENDED -> earlier(to, sessionsFrom.plus(Duration.ofDays(30 + random.nextInt(150))));
                default -> null;
            };
            if (closedAt != null && !closedAt.isAfter(sessionsFrom.plus(Duration.ofDays(7)))) {
                closedAt = sessionsFrom.plus(Duration.ofDays(7));
            }
            long closedBy = random.nextBoolean() ? m.userId() : mentee.userId();
            MentoringScaleRepository.PairingState state = switch (last) {
                case PROPOSED -> new MentoringScaleRepository.PairingState(last, null,
                        menteeAccepted.isBefore(to) && random.nextBoolean() ? menteeAccepted : null, null, null, null);
                case ACTIVE -> new MentoringScaleRepository.PairingState(last, mentorAccepted, menteeAccepted, null,
                        null, null);
                case COMPLETED -> new MentoringScaleRepository.PairingState(last, mentorAccepted, menteeAccepted, null,
                        closedBy, closedAt);
                default -> new MentoringScaleRepository.PairingState(last, mentorAccepted, menteeAccepted,
                        GeneratedValues.pick(random, END_REASONS), closedBy, closedAt);
            };
            rows.pairing(id, cycleId, requestId, m.userId(), mentee.userId(), 50 + random.nextInt(50), state, proposed);
            if (last != PairingStatus.PROPOSED) {
                agreement(rows, id, last, ends, accepted, closedAt == null ? to : closedAt, random);
                Instant until = closedAt != null ? closedAt.minus(Duration.ofDays(1))
                        : earlier(cycleEnd, to.plus(Duration.ofDays(42)));
                pairings.add(new Pairing(id, cycleName, m, mentee, last, topics, sessionsFrom, until, closedAt, closedBy));
                if (closedAt != null) {
                    for (StaffMember who : List.of(m, mentee)) {
                        Instant at = closedAt.plus(Duration.ofHours(2 + random.nextInt(240)));
                        if (random.nextBoolean() && at.isBefore(to)) {
                            rows.feedback(id, who.userId(), 3 + random.nextInt(3), "Most of what we set out to do.", at);
                        }
                    }
                }
            }
        }
        return count;
    }

    /**
     * A mentor other than the mentee, preferably with a free place in the cycle; a live
     * pairing ({@code strict}) only ever gets one with a free place (capacity minus the cycle's
     * pairings, which include all live ones). {@code occupies}: the pairing takes the place.
     */
    private static Mentor mentor(List<Mentor> mentors, int[] load, StaffMember mentee, boolean occupies, boolean strict,
                                 Random random) {
        for (int tries = 0; tries < 100; tries++) {
            int i = random.nextInt(mentors.size());
            Mentor m = mentors.get(i);
            if (m.who().userId() != mentee.userId() && load[i] < m.capacity()) {
                if (occupies) load[i]++;
                return m;
            }
        }
        for (int i = 0; i < mentors.size(); i++) {
            Mentor m = mentors.get(i);
            if (m.who().userId() != mentee.userId() && (!strict || load[i] < m.capacity())) {
                if (occupies) load[i]++;
                return m;
            }
        }
        throw new IllegalStateException("No mentor has a free place");
    }

    private static void agreement(MentoringScaleRepository.Writer rows, long pairingId, PairingStatus status,
                                  LocalDate cycleEnds, Instant accepted, Instant lastUpdate, Random random) {
        Instant mentorAt = accepted.plus(Duration.ofHours(12 + random.nextInt(96)));
        Instant menteeAt = accepted.plus(Duration.ofHours(12 + random.nextInt(96)));
        rows.agreement(pairingId, GeneratedValues.pick(random, RHYTHMS), cycleEnds, mentorAt, menteeAt);
        int goals = 1 + random.nextInt(4);
        for (int g = 0; g < goals; g++) {
            int progress = switch (status) {
                case COMPLETED -> 60 + random.nextInt(41);
                case ACTIVE -> random.nextInt(81);
                default -> random.nextInt(51);
            };
            rows.goal(pairingId, g + 1, GOAL_STEPS.get(g % GOAL_STEPS.size()), progress,
                    progress > 50 && random.nextBoolean() ? "Well under way" : null, earlier(lastUpdate,
                            later(mentorAt, menteeAt).plus(Duration.ofDays(random.nextInt(60)))));
        }
    }

    /**
     * Sessions spread over each pairing's weeks (more for longer pairings), booked for both
     * people: a session that would overlap either person's booked quarter hours moves a day on.
     */
    private void sessions(MentoringScaleRepository.Writer rows, LedgerWriter ledger, List<Pairing> pairings,
                          long firstId, int sessionCount, Instant to, Random random,
                          List<GeneratedCertificates.Achieved> achieved) {
        ProgressLog progress = ProgressLog.start("mentoring sessions", sessionCount);
        double[] weights = new double[pairings.size()];
        for (int i = 0; i < weights.length; i++) {
            Pairing p = pairings.get(i);
            weights[i] = Math.max(1, Duration.between(p.sessionsFrom(), p.sessionsUntil()).toDays());
        }
        int[] counts = GeneratedValues.split(sessionCount, weights);
        Set<Long> booked = new HashSet<>();
        long id = firstId;
        for (int i = 0; i < pairings.size(); i++) {
            Pairing p = pairings.get(i);
            long span = Math.max(86_400, p.sessionsUntil().getEpochSecond() - p.sessionsFrom().getEpochSecond());
            long step = span / Math.max(1, counts[i]);
            long heldMinutes = 0;
            for (int k = 0; k < counts[i]; k++, id++) {
                LocalDate day = p.sessionsFrom().plusSeconds(k * step + (long) (random.nextDouble() * step / 3))
                        .atZone(ZoneOffset.UTC).toLocalDate();
                int minutes = LENGTHS[random.nextInt(LENGTHS.length)];
                Instant start = day.atTime(7 + random.nextInt(9), 15 * random.nextInt(4)).toInstant(ZoneOffset.UTC);
                while (!free(booked, p, start, minutes)) start = start.plus(Duration.ofDays(1));
                Instant end = start.plus(Duration.ofMinutes(minutes));
                boolean past = !end.isAfter(to);
                boolean cancelled = random.nextInt(100) < (past ? 10 : 5);
                SessionStatus status = cancelled ? SessionStatus.CANCELLED : past ? SessionStatus.HELD : SessionStatus.PLANNED;
                Instant heldAt = status == SessionStatus.HELD ? earlier(to, end.plus(Duration.ofMinutes(5 + random.nextInt(2880))))
                        : null;
                StaffMember proposer = random.nextBoolean() ? p.mentor() : p.mentee();
                Instant created = later(p.sessionsFrom().minus(Duration.ofDays(4)),
                        earlier(start.minus(Duration.ofDays(3 + random.nextInt(12))), to));
                rows.session(id, p.id(), start, end, random.nextInt(4) == 0 ? "Meeting room, regional offices"
                                : "Video call (link in the invitation)", status, proposer.userId(),
                        cancelled ? GeneratedValues.pick(random, CANCEL_REASONS) : null, heldAt, created);
                if (!cancelled) book(rows, booked, p, id, start, end);
                if (status == SessionStatus.HELD) {
                    heldMinutes += minutes;
                    BigDecimal hours = hours(minutes);
                    ledger.add(p.mentee().userId(), p.mentee().regionId(), ParticipationKind.MENTORING_SESSION_HELD, start,
                            hours, SessionService.SOURCE_MENTEE, id, p.topics());
                    ledger.add(p.mentor().userId(), p.mentor().regionId(), ParticipationKind.MENTORING_SESSION_HELD, start,
                            hours, SessionService.SOURCE_MENTOR, id, p.topics());
                    if (random.nextInt(100) < 12) {
                        rows.note(id, "We went through the progress since last time and the next steps.",
                                "Share the draft before the next session.", proposer.userId(), heldAt);
                    }
                }
            }
            if (p.status() == PairingStatus.COMPLETED && p.closedAt() != null) {
                completed(ledger, p, hours(heldMinutes), achieved);
            }
            progress.advance(counts[i]);
        }
        progress.finish();
    }

    /** The completion entries and certificates of both people, as {@link PairingService#complete} writes them. */
    private static void completed(LedgerWriter ledger, Pairing p, BigDecimal hours,
                                  List<GeneratedCertificates.Achieved> achieved) {
        Instant at = p.closedAt();
        ledger.add(p.mentee().userId(), p.mentee().regionId(), ParticipationKind.MENTORING_COMPLETED, at, hours,
                PairingService.MENTEE_SOURCE, p.id(), p.topics());
        ledger.add(p.mentor().userId(), p.mentor().regionId(), ParticipationKind.MENTORING_COMPLETED, at, hours,
                PairingService.MENTOR_SOURCE, p.id(), p.topics());
        achieved.add(new GeneratedCertificates.Achieved(p.mentee().userId(), p.mentee().regionId(), p.mentee().name(),
                CertificateKind.MENTEE_COMPLETION, p.cycleName() + " · " + p.mentor().name(), hours, at,
                p.mentee().locale(), PairingService.MENTEE_SOURCE, p.id(), p.topics()));
        achieved.add(new GeneratedCertificates.Achieved(p.mentor().userId(), p.mentor().regionId(), p.mentor().name(),
                CertificateKind.MENTOR_RECOGNITION, p.cycleName() + " · " + p.mentee().name(), hours, at,
                p.mentor().locale(), PairingService.MENTOR_SOURCE, p.id(), p.topics()));
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static boolean free(Set<Long> booked, Pairing p, Instant start, int minutes) {
        long first = start.getEpochSecond() / SLOT_SECONDS;
        for (long slot = first; slot < first + minutes / 15; slot++) {
            if (booked.contains(key(p.mentor().userId(), slot)) || booked.contains(key(p.mentee().userId(), slot))) {
                return false;
            }
        }
        return true;
    }

    /** Both people's quarter hours, as {@code SessionRepository.book} writes them. */
    private static void book(MentoringScaleRepository.Writer rows, Set<Long> booked, Pairing p, long sessionId,
                             Instant start, Instant end) {
        for (StaffMember who : List.of(p.mentor(), p.mentee())) {
            for (Instant slot = start; slot.isBefore(end); slot = slot.plusSeconds(SLOT_SECONDS)) {
                booked.add(key(who.userId(), slot.getEpochSecond() / SLOT_SECONDS));
                rows.booking(who.userId(), slot, sessionId);
            }
        }
    }

    /** A person and a quarter hour in one number (quarter hours since 1970 fit in 24 bits until 2448). */
    private static long key(long userId, long slot) {
        return userId << 24 | slot;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
