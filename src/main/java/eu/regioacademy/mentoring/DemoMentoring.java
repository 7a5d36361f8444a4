package eu.regioacademy.mentoring;

import eu.regioacademy.participation.ParticipationEntry;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.ParticipationLedger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: an open cycle; the demo mentor's profile (and two more mentors); an active
 * pairing of the demo mentor with the demo learner with an accepted agreement, two past
 * sessions with notes and one upcoming; and two open requests to match.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("regio.demo-data")
class DemoMentoring implements ApplicationRunner {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final CycleRepository cycles;
    private final MentorProfileRepository profiles;
    private final PairingRepository pairings;
    private final SessionRepository sessions;
    private final PeopleQuery people;
    private final ParticipationLedger ledger;
    private final Clock clock;

    DemoMentoring(CycleRepository cycles, MentorProfileRepository profiles, PairingRepository pairings,
                  SessionRepository sessions, PeopleQuery people, ParticipationLedger ledger, Clock clock) {
        this.cycles = cycles;
        this.profiles = profiles;
        this.pairings = pairings;
        this.sessions = sessions;
        this.people = people;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cycles.cycles().isEmpty()) return;
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        long secretariat = people.idOf("secretariat@example.org");
        long cycle = cycles.insertCycle("REGIN mentoring cycle " + today.minusMonths(2).getYear() + "–"
                + today.plusMonths(10).getYear(), today.minusMonths(2), today.plusMonths(10), secretariat);

        long mentor = people.idOf("mentor@example.org");
        profiles.save(mentor, -1, new MentorProfileDraft("Head of the reception service of the Generalitat for twelve years; "
                + "I help colleagues set up first-reception and job pathways that hold up in practice.", 12, 3, false,
                Set.of("reception", "employment", "integration-policy"),
                Map.of("es", LanguageLevel.NATIVE, "en", LanguageLevel.C1, "fr", LanguageLevel.B2),
                List.of(new MentorProfileDraft.Window(DayOfWeek.TUESDAY, LocalTime.of(15, 0), LocalTime.of(18, 0)),
                        new MentorProfileDraft.Window(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)))), now);
        profiles.save(people.idOf("eleni.papadopoulou@example.org"), -1, new MentorProfileDraft(
                "Coordinates the Attica integration centres network; AMIF project manager.", 8, 2, false,
                Set.of("funding", "eu-programmes", "partnerships"), Map.of("en", LanguageLevel.C2, "fr", LanguageLevel.B1),
                List.of(new MentorProfileDraft.Window(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(13, 0)))), now);
        profiles.save(people.idOf("giuseppe.esposito@example.org"), -1, new MentorProfileDraft(
                "Runs Campania's language and orientation courses for newly arrived families.", 15, 2, false,
                Set.of("language-learning", "reception", "health"), Map.of("it", LanguageLevel.NATIVE, "en", LanguageLevel.B2,
                        "es", LanguageLevel.B2),
                List.of(new MentorProfileDraft.Window(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(17, 0)))), now);

        long learner = people.idOf("learner@example.org");
        long request = cycles.insertRequest(new RequestDraft(cycle, "Set up a job-matching desk in our reception service "
                + "and learn how to measure what it achieves.", Set.of("reception", "employment"), List.of("en", "sv"),
                true, true), learner).orElseThrow();
        Instant accepted = today.minusWeeks(8).atTime(10, 0).atZone(MADRID).toInstant();
        long pairing = pairings.insert(cycle, request, mentor, learner, 87, accepted);
        pairings.accept(pairing, true, accepted);
        pairings.setStatus(pairing, PairingStatus.ACTIVE, null, null, null);
        cycles.setRequestStatus(request, "MATCHED");
        pairings.saveAgreement(pairing, "Every two weeks, one hour online", today.plusMonths(6), List.of(
                "Map the partners a job-matching desk needs in Skåne",
                "Draft the desk's service description with the employment service",
                "Agree three indicators and how to collect them"));
        pairings.acceptAgreement(pairing, true, accepted.plusSeconds(86_400));
        pairings.acceptAgreement(pairing, false, accepted.plusSeconds(90_000));
        var goals = pairings.goals(pairing);
        pairings.updateGoal(pairing, goals.get(0).id(), 80, "Partners listed; two meetings held", now);
        pairings.updateGoal(pairing, goals.get(1).id(), 30, "First draft shared", now);

        String[][] past = {{"6", "Where the desk sits in the reception pathway; who refers people to it.",
                "Elin lists the five partners; Jordi shares Catalonia's referral form."},
                {"3", "The service description: what the desk promises, and to whom.",
                        "Elin drafts the description; next time we agree the indicators."}};
        for (String[] s : past) {
            LocalDate day = today.minusWeeks(Long.parseLong(s[0])).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
            long id = session(pairing, day, mentor, learner, mentor);
            Instant start = day.atTime(16, 0).atZone(MADRID).toInstant();
            sessions.markHeld(id, start.plusSeconds(3600));
            sessions.saveNote(id, s[1], s[2], mentor, start.plusSeconds(3600));
            ledger.record(new ParticipationEntry(learner, ParticipationKind.MENTORING_SESSION_HELD, start, BigDecimal.ONE,
                    SessionService.SOURCE_MENTEE, id));
            ledger.record(new ParticipationEntry(mentor, ParticipationKind.MENTORING_SESSION_HELD, start, BigDecimal.ONE,
                    SessionService.SOURCE_MENTOR, id));
        }
        session(pairing, today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)), mentor, learner, learner);

        for (String email : List.of("olena.kovalenko@example.org", "jiri.novak@example.org")) {
            cycles.insertRequest(new RequestDraft(cycle, "Learn how other regions fund and run integration courses.",
                    Set.of("funding", "reception"), List.of("en"), true, false), people.idOf(email));
        }
    }

    private long session(long pairing, LocalDate day, long mentor, long mentee, long proposedBy) {
        Instant start = day.atTime(16, 0).atZone(MADRID).toInstant();
        Instant end = start.plusSeconds(3600);
        long id = sessions.insert(pairing, start, end, "Video call (link in the invitation)", proposedBy);
        sessions.book(id, start, end, mentor, mentee);
        return id;
    }
}
