package eu.regioacademy.exchanges;

import eu.regioacademy.certificates.CertificateDetail;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff exchanges at network scale, for benchmarks: two calls a year with their rate tables,
 * placements hosted all over the network, ranked applications, allocations within each
 * placement's places (one per person and call), learning agreements, weekly logs, reports,
 * evaluations and co-signed recognitions, which are written to the ledger and earn
 * certificates as {@link AllocationService} records them. The same seed gives the same data.
 */
@Component
public class GeneratedExchanges {

    static final int CALLS_PER_YEAR = 2;
    private static final List<String> DEPARTMENTS = List.of("Integration unit", "Regional employment service",
            "European programmes office", "Reception and orientation service", "Health promotion department",
            "Statistics and evaluation office", "Language and adult education service", "Partnerships desk");
    private static final Map<String, BigDecimal> DAILY_RATES = Map.ofEntries(Map.entry("SE", new BigDecimal("144")),
            Map.entry("FR", new BigDecimal("144")), Map.entry("DE", new BigDecimal("144")),
            Map.entry("NL", new BigDecimal("144")), Map.entry("FI", new BigDecimal("144")),
            Map.entry("ES", new BigDecimal("126")), Map.entry("IT", new BigDecimal("126")),
            Map.entry("PT", new BigDecimal("108")), Map.entry("GR", new BigDecimal("108")),
            Map.entry("PL", new BigDecimal("108")), Map.entry("BG", new BigDecimal("99")),
            Map.entry("RO", new BigDecimal("99")));
    private static final BigDecimal OTHER_RATE = new BigDecimal("126");
    private static final int[][] TRAVEL_BANDS = {{499, 211}, {1999, 309}, {3999, 395}, {7999, 580}};
    private static final List<String> MOTIVATIONS = List.of(
            "Our region applies for AMIF funding next year and I will coordinate the application.",
            "I want to see how the host region runs this service day to day before we build ours.",
            "Our team is new to this field and needs hands-on experience with an established one.");
    private static final List<String> LOG_ENTRIES = List.of("Shadowed the team's weekly planning and two client meetings.",
            "Worked on the data collection for the annual report.", "Visited two partner organisations with the supervisor.",
            "Drafted a comparison of the host's procedure and ours.");

    private record Call(long id, String name, LocalDate open, LocalDate close, LocalDate periodStarts,
                        LocalDate periodEnds) {
    }

    private record Place(long id, Call call, Region host, String department, String topics, StaffMember supervisor,
                         int places) {
    }

    private final ExchangeScaleRepository repository;

    GeneratedExchanges(ExchangeScaleRepository repository) {
        this.repository = repository;
    }

    /**
     * Writes two calls a year between the two instants and {@code placementCount} placements
     * with their applications and allocations; returns the recognised placements' achievements.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<GeneratedCertificates.Achieved> generate(List<Region> regions, List<StaffMember> staff,
                                                         int placementCount, Instant from, Instant to, long seed,
                                                         LedgerWriter ledger) {
        Random random = new Random(seed ^ 0xE8C4_0003L);
        StaffDirectory people = new StaffDirectory(staff);
        Map<Long, Region> regionById = regions.stream().collect(Collectors.toMap(Region::id, Function.identity()));
        ExchangeScaleRepository.FirstIds ids = repository.firstIds();
        LocalDate firstDay = from.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate today = to.atZone(ZoneOffset.UTC).toLocalDate();
        int years = (int) Math.max(1, ChronoUnit.YEARS.between(firstDay, today.plusDays(1)));
        int callCount = years * CALLS_PER_YEAR;
        List<GeneratedCertificates.Achieved> achieved = new ArrayList<>();
        ProgressLog progress = ProgressLog.start("exchange placements", placementCount);
        try (ExchangeScaleRepository.Writer rows = repository.writer()) {
            StaffMember secretariat = people.everyone().getFirst();
            Set<String> countries = new TreeSet<>(regions.stream().map(Region::countryCode).toList());
            double[] growth = new double[callCount];
            for (int c = 0; c < callCount; c++) growth[c] = 1 + 0.1 * c;
            int[] placementsOf = GeneratedValues.split(placementCount, growth);
            long placementId = ids.placement();
            long applicationId = ids.application();
            long allocationId = ids.allocation();
            for (int c = 0; c < callCount; c++) {
                LocalDate open = firstDay.plusMonths(5 + 12L / CALLS_PER_YEAR * c);
                Call call = new Call(ids.call() + c, "Regio Academy staff exchange " + open.plusMonths(3).getYear()
                        + (open.plusMonths(3).getMonthValue() <= 6 ? " (spring)" : " (autumn)"), open,
                        open.plusWeeks(6), open.plusWeeks(10), open.plusWeeks(10).plusMonths(6).minusDays(1));
                rows.call(call.id(), call.name(), call.open(), call.close(), call.periodStarts(), call.periodEnds(), 2,
                        8, 3, secretariat.userId(), open.minusDays(20).atTime(10, 0).toInstant(ZoneOffset.UTC));
                rows.callText(call.id(), "en", "Officers of member regions spend two to eight weeks in a department of "
                        + "another region, with a learning agreement and a recognition record at the end.");
                rows.callText(call.id(), "fr", "Les agents des régions membres passent deux à huit semaines dans un "
                        + "service d'une autre région.");
                for (String country : countries) {
                    rows.dailyRate(call.id(), country, DAILY_RATES.getOrDefault(country, OTHER_RATE));
                }
                for (int[] band : TRAVEL_BANDS) rows.travelBand(call.id(), band[0], BigDecimal.valueOf(band[1]));
                List<Place> places = new ArrayList<>();
                for (int k = 0; k < placementsOf[c]; k++) {
                    places.add(placement(rows, placementId++, call, regions, people, random));
                }
                long[] next = callApplications(rows, ledger, call, places, people, regionById, applicationId,
                        allocationId, today, to, random, achieved);
                applicationId = next[0];
                allocationId = next[1];
                progress.advance(places.size());
            }
        }
        progress.finish();
        return achieved;
    }

    private static Place placement(ExchangeScaleRepository.Writer rows, long id, Call call, List<Region> regions,
                                   StaffDirectory people, Random random) {
        Region host = GeneratedValues.pick(random, regions);
        StaffMember supervisor = people.someoneIn(random, host.id());
        String department = GeneratedValues.pick(random, DEPARTMENTS);
        String topics = String.join(",", GeneratedValues.topics(random, 2));
        String language = GeneratedStaff.languageOf(host.countryCode());
        int roll = random.nextInt(20);
        int places = roll < 10 ? 1 : roll < 17 ? 2 : 3;
        rows.placement(id, call.id(), host.id(), department, topics, "Join the " + department.toLowerCase()
                        + " of " + host.name() + " in its daily work on " + topics.replace(",", " and ") + ".",
                supervisor.userId(), language.equals("en") ? "en" : "en," + language, places, call.periodStarts(),
                call.periodEnds(), supervisor.userId(),
                call.open().minusDays(1 + random.nextInt(30)).atTime(11, 0).toInstant(ZoneOffset.UTC));
        return new Place(id, call, host, department, topics, supervisor, places);
    }

    /** A call's applicants, each ranking one to three placements, and (once the call has closed) its allocations. */
    private long[] callApplications(ExchangeScaleRepository.Writer rows, LedgerWriter ledger, Call call,
                                    List<Place> places, StaffDirectory people, Map<Long, Region> regionById,
                                    long applicationId, long allocationId, LocalDate today, Instant to, Random random,
                                    List<GeneratedCertificates.Achieved> achieved) {
        int totalPlaces = places.stream().mapToInt(Place::places).sum();
        int applicants = Math.min(people.everyone().size() - 1, (int) Math.round(totalPlaces * 1.3));
        boolean closed = call.close().isBefore(today);
        Instant openAt = call.open().atTime(8, 0).toInstant(ZoneOffset.UTC);
        Instant closeAt = call.close().atTime(23, 0).toInstant(ZoneOffset.UTC);
        Instant applyUntil = closeAt.isBefore(to) ? closeAt : to;
        int[] filled = new int[places.size()];
        Set<Long> seen = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < applicants; i++) order.add(i);
        Collections.shuffle(order, random);
        List<StaffMember> who = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            StaffMember s = people.anyone(random);
            while (!seen.add(s.userId())) s = people.anyone(random);
            who.add(s);
        }
        for (int i : order) {
            StaffMember applicant = who.get(i);
            int choices = places.isEmpty() ? 0 : Math.min(places.size(), 1 + random.nextInt(3));
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < choices) {
                int p = random.nextInt(places.size());
                if (!chosen.contains(p) && (places.get(p).host().id() != applicant.regionId() || random.nextInt(10) == 0)) {
                    chosen.add(p);
                }
            }
            Instant appliedAt = openAt.plusSeconds((long) (random.nextDouble()
                    * Math.max(60, applyUntil.getEpochSecond() - openAt.getEpochSecond())));
            StaffMember coordinator = people.coordinatorOf(applicant.regionId());
            Instant endorsedAt = appliedAt.plus(Duration.ofHours(2 + random.nextInt(120)));
            int roll = random.nextInt(100);
            ExchangeApplicationStatus base = roll < 5 ? ExchangeApplicationStatus.WITHDRAWN
                    : roll < 11 ? ExchangeApplicationStatus.DECLINED
                    : !closed && (roll < 50 || endorsedAt.isAfter(to)) ? ExchangeApplicationStatus.PENDING
                    : ExchangeApplicationStatus.ENDORSED;
            boolean endorsed = base == ExchangeApplicationStatus.DECLINED || base == ExchangeApplicationStatus.ENDORSED;
            int allocatedRank = -1;
            if (closed && base == ExchangeApplicationStatus.ENDORSED) {
                for (int r = 0; r < chosen.size() && allocatedRank < 0; r++) {
                    int p = chosen.get(r);
                    if (filled[p] < places.get(p).places()) allocatedRank = r;
                }
            }
            int weeks = 2 + random.nextInt(5);
            long windowDays = call.periodEnds().toEpochDay() - call.periodStarts().toEpochDay() + 1 - weeks * 7L;
            LocalDate proposedFrom = call.periodStarts().plusDays(random.nextLong(Math.max(1, windowDays)));
            LocalDate proposedUntil = proposedFrom.plusDays(weeks * 7L - 1);
            String motivation = GeneratedValues.pick(random, MOTIVATIONS);
            for (int r = 0; r < chosen.size(); r++, applicationId++) {
                Place place = places.get(chosen.get(r));
                ExchangeApplicationStatus status = base != ExchangeApplicationStatus.ENDORSED || !closed ? base
                        : r == allocatedRank ? ExchangeApplicationStatus.ALLOCATED : ExchangeApplicationStatus.NOT_ALLOCATED;
                rows.application(applicationId, call.id(), place.id(), applicant.userId(), applicant.regionId(), r + 1,
                        motivation, proposedFrom, proposedUntil, status,
                        base == ExchangeApplicationStatus.DECLINED ? "Not possible with this year's workload." : null,
                        endorsed ? coordinator.userId() : null, endorsed ? endorsedAt : null, appliedAt);
                if (status == ExchangeApplicationStatus.ALLOCATED) {
                    int placeNo = ++filled[chosen.get(r)];
                    allocation(rows, ledger, allocationId++, applicationId, place, placeNo, applicant, coordinator,
                            proposedFrom, proposedUntil, regionById, today, to, random, achieved);
                }
            }
        }
        return new long[] {applicationId, allocationId};
    }

    private static void allocation(ExchangeScaleRepository.Writer rows, LedgerWriter ledger, long id, long applicationId,
                                   Place place, int placeNo, StaffMember participant, StaffMember coordinator,
                                   LocalDate startsOn, LocalDate endsOn, Map<Long, Region> regionById, LocalDate today,
                                   Instant to, Random random, List<GeneratedCertificates.Achieved> achieved) {
        Call call = place.call();
        long supervisor = place.supervisor().userId();
        Instant allocatedAt = earlier(to, call.close().plusDays(1 + random.nextInt(14)).atTime(10, 0)
                .toInstant(ZoneOffset.UTC));
        rows.allocation(id, call.id(), place.id(), applicationId, participant.userId(), placeNo, startsOn, endsOn,
                supervisor, allocatedAt);
        String objectives = "Learn how the " + place.department().toLowerCase() + " of " + place.host().name()
                + " works on " + place.topics().replace(",", " and ") + ", and what our region can adapt.";
        String tasks = "Take part in the team's casework and meetings; compare procedures; present the findings at home.";
        Instant participantAt = allocatedAt.plus(Duration.ofHours(24 + random.nextInt(240)));
        Instant supervisorAt = participantAt.plus(Duration.ofHours(12 + random.nextInt(120)));
        Instant coordinatorAt = supervisorAt.plus(Duration.ofHours(12 + random.nextInt(120)));
        rows.agreement(id, objectives, tasks, new ExchangeScaleRepository.Acceptance(
                participantAt.isBefore(to) ? participantAt : null,
                supervisorAt.isBefore(to) ? supervisor : null, supervisorAt.isBefore(to) ? supervisorAt : null,
                coordinatorAt.isBefore(to) ? coordinator.userId() : null,
                coordinatorAt.isBefore(to) ? coordinatorAt : null));
        for (LocalDate week = startsOn; !week.isAfter(endsOn) && week.plusDays(6).isBefore(today); week = week.plusWeeks(1)) {
            if (random.nextInt(100) < 85) {
                rows.log(id, week, GeneratedValues.pick(random, LOG_ENTRIES),
                        random.nextInt(10) < 3 ? "Good week; keep notes for the report." : null,
                        week.plusDays(4).atTime(16, 0).toInstant(ZoneOffset.UTC));
            }
        }
        Instant reportAt = endsOn.plusDays(3 + random.nextInt(12)).atTime(15, 0).toInstant(ZoneOffset.UTC);
        if (!reportAt.isBefore(to) || random.nextInt(100) >= 90) return;
        String tasksDone = "Casework with the team, two partner visits and a comparison of procedures.";
        String skills = "Running " + place.topics().replace(",", " and ") + " services across partners.";
        Instant evaluatedAt = reportAt.plus(Duration.ofHours(24 + random.nextInt(216)));
        boolean evaluated = evaluatedAt.isBefore(to) && random.nextInt(100) < 92;
        Instant sendingAt = evaluatedAt.plus(Duration.ofHours(12 + random.nextInt(216)));
        Instant hostAt = evaluatedAt.plus(Duration.ofHours(12 + random.nextInt(216)));
        boolean sending = evaluated && sendingAt.isBefore(to) && random.nextInt(100) < 95;
        boolean host = evaluated && hostAt.isBefore(to) && random.nextInt(100) < 95;
        rows.report(id, new ExchangeScaleRepository.Report(tasksDone, skills, reportAt,
                evaluated ? "Committed and well prepared; a real contribution to the team." : null,
                evaluated ? supervisor : null, evaluated ? evaluatedAt : null, sending ? coordinator.userId() : null,
                sending ? sendingAt : null, host ? supervisor : null, host ? hostAt : null));
        if (sending && host) {
            recognised(ledger, id, place, participant, coordinator, startsOn, endsOn, objectives, tasksDone, skills,
                    regionById, achieved);
        }
    }

    /** The recognition's ledger entry and certificate, as {@code AllocationService.recogniseIfSigned} writes them. */
    private static void recognised(LedgerWriter ledger, long allocationId, Place place, StaffMember participant,
                                   StaffMember coordinator, LocalDate startsOn, LocalDate endsOn, String objectives,
                                   String tasksDone, String skills, Map<Long, Region> regionById,
                                   List<GeneratedCertificates.Achieved> achieved) {
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        BigDecimal weeks = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
        Instant endedAt = endsOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        String sendingRegion = regionName(regionById, participant.regionId());
        String hostRegion = place.host().name();
        ledger.add(participant.userId(), participant.regionId(), ParticipationKind.EXCHANGE_COMPLETED, endedAt, weeks,
                AllocationService.CERTIFICATE_SOURCE, allocationId, place.topics());
        List<CertificateDetail> record = List.of(new CertificateDetail("exchange.record.objectives", objectives),
                new CertificateDetail("exchange.record.tasks-done", tasksDone),
                new CertificateDetail("exchange.record.skills", skills),
                new CertificateDetail("exchange.record.supervisor", place.supervisor().name()),
                new CertificateDetail("exchange.record.signed", coordinator.name() + " ("
                        + sendingRegion + ") · " + place.supervisor().name() + " (" + hostRegion + ")"));
        achieved.add(new GeneratedCertificates.Achieved(participant.userId(), participant.regionId(), participant.name(),
                CertificateKind.EXCHANGE_PLACEMENT, place.department() + ", " + hostRegion + " · " + sendingRegion + " & "
                + hostRegion, AllocationService.workingHours(days), endedAt, participant.locale(),
                AllocationService.CERTIFICATE_SOURCE, allocationId, place.topics(), record));
    }

    private static String regionName(Map<Long, Region> regions, long id) {
        @Nullable Region region = regions.get(id);
        return region == null ? "" : region.name();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
