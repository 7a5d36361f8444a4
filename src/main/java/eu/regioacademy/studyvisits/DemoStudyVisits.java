package eu.regioacademy.studyvisits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * Demo data: an open visit hosted by Skåne with a full agenda and the demo learner's
 * application awaiting the demo coordinator; a completed visit in Murcia with attendance,
 * feedback and certificates; and two hosting offers.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("regio.demo-data")
class DemoStudyVisits implements ApplicationRunner {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final StudyVisitRepository visits;
    private final ApplicationRepository applications;
    private final VisitRecordRepository records;
    private final HostingOfferRepository offers;
    private final RecipientQuery people;
    private final AttendanceCertificates certificates;
    private final Clock clock;

    DemoStudyVisits(StudyVisitRepository visits, ApplicationRepository applications, VisitRecordRepository records,
                    HostingOfferRepository offers, RecipientQuery people, AttendanceCertificates certificates, Clock clock) {
        this.visits = visits;
        this.applications = applications;
        this.records = records;
        this.offers = offers;
        this.people = people;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (offers.count(new OfferFilter(null, null, null, null)) > 0) return;
        long skane = visits.regionIdOf("SE224");
        long murcia = visits.regionIdOf("ES62");
        long azores = visits.regionIdOf("PT20");
        long coordinator = people.idOf("coordinator@example.org");
        long murciaCoordinator = people.idOf("maria.martinez@example.org");
        openVisitInSkane(skane, coordinator);
        completedVisitInMurcia(murcia, murciaCoordinator);
        offers.insert(new HostingOfferDraft(skane, "health", "Health communicators who speak the newcomers' languages",
                "Meet Partnership Skåne's health communicators, sit in on a civic and health orientation session in "
                        + "Arabic or Dari, and see how the region measures what newcomers learn.",
                List.of("en", "sv"), "February to May; September to November"), coordinator);
        offers.insert(new HostingOfferDraft(azores, "reception", "Welcoming newcomers on nine islands",
                "How a small island administration organises first reception, Portuguese courses and job matching "
                        + "across nine islands, with the Regional Directorate for Communities.",
                List.of("pt", "en"), "April to June"), people.idOf("ana.sousa@example.org"));
    }

    private void openVisitInSkane(long skane, long coordinator) {
        LocalDate start = LocalDate.now(clock.withZone(STOCKHOLM)).plusWeeks(6).with(java.time.DayOfWeek.TUESDAY);
        List<VisitDraft.AgendaItem> agenda = new ArrayList<>();
        String[][] days = {
                {"09:00", "10:30", "Welcome and the Partnership Skåne model", "Karin Sjöström", "Region Skåne, Dockplatsen 26"},
                {"11:00", "12:30", "Civic and health orientation: how the course is built", "Health communicators' team", "Region Skåne, Dockplatsen 26"},
                {"14:00", "16:00", "Visit to a language café in Rosengård", "Rosengård library", "Rosengård, Malmö"},
                {"09:00", "12:00", "Sitting in on an orientation session in Arabic", "Health communicator", "Malmö folkhögskola"},
                {"13:30", "15:30", "Measuring outcomes: the regional indicator set", "Analysis unit", "Region Skåne"},
                {"09:00", "11:00", "Workshop: what can travel to your region?", "All participants", "Region Skåne"},
                {"11:30", "12:30", "Wrap-up and next steps", "Karin Sjöström", "Region Skåne"}};
        int[] dayOf = {0, 0, 0, 1, 1, 2, 2};
        for (int i = 0; i < days.length; i++) {
            String[] d = days[i];
            agenda.add(new VisitDraft.AgendaItem(start.plusDays(dayOf[i]), LocalTime.parse(d[0]), LocalTime.parse(d[1]),
                    d[2], d[3], d[4]));
        }
        VisitDraft draft = new VisitDraft(VisitKind.STUDY_VISIT, skane, "Malmö", "Region Skåne, Dockplatsen 26",
                start, start.plusDays(2), start.minusWeeks(3).atTime(12, 0).atZone(STOCKHOLM).toInstant(), 12,
                List.of("en", "sv"), Set.of("health", "partnerships", "reception"),
                Map.of("en", new VisitDraft.Text("Partnership Skåne: health and integration in practice",
                                "Three days with the people who run Partnership Skåne's civic and health orientation: "
                                        + "how courses in the newcomers' own languages are built, taught and measured, "
                                        + "and what another region could take home."),
                        "sv", new VisitDraft.Text("Partnerskap Skåne: hälsa och integration i praktiken",
                                "Tre dagar med dem som driver Partnerskap Skånes samhälls- och hälsokommunikation.")),
                VisitRules.DEFAULT_DAILY_ALLOWANCE, VisitDraft.standardTravelBands(), agenda,
                List.of(new VisitDraft.Material("Partnership Skåne (programme page)", "https://www.skane.se/")));
        long visit = visits.insert(draft, STOCKHOLM.getId(), coordinator, null, null);
        visits.setStatus(visit, VisitStatus.OPEN, null);
        long learner = people.idOf("learner@example.org");
        applications.insertIfAbsent(visit, learner, skane,
                "Our unit starts health orientation courses next year and I coordinate the pilot.",
                "How the health communicators are recruited and trained, and the indicator set.");
        long giuseppe = people.idOf("giuseppe.esposito@example.org");
        applications.insertIfAbsent(visit, giuseppe, visits.regionIdOf("ITF3"),
                "Campania is redesigning its orientation courses for newly arrived families.",
                "Course materials in several languages and how they are kept up to date.")
                .ifPresent(id -> applications.endorse(id, ApplicationStatus.ENDORSED, "Fits our regional plan.",
                        people.idOf("coordinator@example.org"), clock.instant()));
    }

    private void completedVisitInMurcia(long murcia, long host) {
        LocalDate start = LocalDate.now(clock.withZone(MADRID)).minusMonths(4).with(java.time.DayOfWeek.WEDNESDAY);
        VisitDraft draft = new VisitDraft(VisitKind.STUDY_VISIT, murcia, "Murcia", "Consejería de Política Social",
                start, start.plusDays(1), start.minusWeeks(3).atTime(12, 0).atZone(MADRID).toInstant(), 8,
                List.of("es", "en"), Set.of("reception", "employment"),
                Map.of("en", new VisitDraft.Text("First reception and job pathways in the Region of Murcia",
                                "Two days on how Murcia links first reception with the agricultural labour market."),
                        "es", new VisitDraft.Text("Primera acogida e itinerarios de empleo en la Región de Murcia",
                                "Dos días sobre cómo Murcia conecta la primera acogida con el mercado laboral agrícola.")),
                new BigDecimal("110.00"), VisitDraft.standardTravelBands(),
                List.of(new VisitDraft.AgendaItem(start, LocalTime.of(9, 30), LocalTime.of(13, 0),
                                "Reception centres and the regional network", "María José Martínez", "Consejería"),
                        new VisitDraft.AgendaItem(start.plusDays(1), LocalTime.of(9, 30), LocalTime.of(13, 0),
                                "Visit to a cooperative employing newcomers", "Cooperative staff", "Torre-Pacheco")),
                List.of());
        long visit = visits.insert(draft, MADRID.getId(), host, null, null);
        visits.setStatus(visit, VisitStatus.COMPLETED, null);
        visits.saveReport(visit, "Eight officers from five regions saw the reception network and a cooperative that "
                + "hires newcomers; three regions plan to copy the job-matching desk.", start.plusDays(3)
                .atStartOfDay(MADRID).toInstant());
        visits.addMaterial(visit, new VisitDraft.Material("Slides: the regional reception network",
                "https://www.carm.es/"));
        Instant decided = start.minusWeeks(2).atStartOfDay(MADRID).toInstant();
        int place = 0;
        for (String email : List.of("learner@example.org", "ana.sousa@example.org", "jiri.novak@example.org")) {
            long user = people.idOf(email);
            long region = "learner@example.org".equals(email) ? visits.regionIdOf("SE224")
                    : "ana.sousa@example.org".equals(email) ? visits.regionIdOf("PT20") : visits.regionIdOf("ES51");
            long app = applications.insertIfAbsent(visit, user, region, "To learn how reception links to jobs.",
                    "The job-matching desk.").orElseThrow();
            applications.endorse(app, ApplicationStatus.ENDORSED, null, host, decided);
            applications.decide(app, ApplicationStatus.SELECTED, ++place, null, host, decided);
            applications.confirm(app, decided);
            records.mark(app, start, host, decided);
            if (place != 3) records.mark(app, start.plusDays(1), host, decided);
            if (place == 2) {
                records.insertFeedback(app, 5, "How one desk can serve reception and employers alike.",
                        "A shared desk with our employment service.", start.plusDays(4).atStartOfDay(MADRID).toInstant());
            }
        }
        certificates.issue(visits.find(visit).orElseThrow());
    }
}
