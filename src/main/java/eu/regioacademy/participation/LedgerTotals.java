package eu.regioacademy.participation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Adds up ledger cells into the dashboard's figures, months, kinds and regions. */
final class LedgerTotals {

    private LedgerTotals() {
    }

    /** Per region: the sums a region row shows. */
    private static final class Sums {
        long entries;
        long modules;
        long certificates;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal visitDays = BigDecimal.ZERO;
        BigDecimal weeks = BigDecimal.ZERO;

        void add(LedgerCell c) {
            entries += c.entries();
            switch (c.kind()) {
                case MODULE_COMPLETED -> {
                    modules += c.entries();
                    hours = hours.add(c.quantity());
                }
                case VISIT_ATTENDED -> visitDays = visitDays.add(c.quantity());
                case EXCHANGE_COMPLETED -> weeks = weeks.add(c.quantity());
                case CERTIFICATE_ISSUED -> certificates += c.entries();
                default -> { }
            }
        }
    }

    static KeyFigures figures(LedgerCell.Split cells, List<long[]> regionPeople, long[] pairs) {
        Sums all = new Sums();
        Set<Long> regions = new HashSet<>();
        for (LedgerCell c : cells.perRegion()) {
            all.add(c);
            if (c.entries() > 0) regions.add(c.regionId());
        }
        Set<Long> people = new HashSet<>();
        for (long[] rp : regionPeople) people.add(rp[1]);
        return new KeyFigures(people.size(), regions.size(), plain(all.hours), all.modules, plain(all.visitDays),
                pairs[0], pairs[1], plain(all.weeks), all.certificates);
    }

    static List<MonthActivity> months(LedgerCell.Split cells) {
        Map<YearMonth, Long> months = new TreeMap<>();
        for (LedgerCell c : cells.perMonth()) months.merge(c.month(), c.entries(), Long::sum);
        List<MonthActivity> result = new ArrayList<>();
        months.forEach((m, n) -> { if (n > 0) result.add(new MonthActivity(m, n)); });
        return result;
    }

    static List<KindActivity> kinds(LedgerCell.Split cells) {
        Map<ParticipationKind, long[]> counts = new EnumMap<>(ParticipationKind.class);
        Map<ParticipationKind, BigDecimal> sums = new EnumMap<>(ParticipationKind.class);
        for (LedgerCell c : cells.perMonth()) {
            counts.computeIfAbsent(c.kind(), k -> new long[1])[0] += c.entries();
            sums.merge(c.kind(), c.quantity(), BigDecimal::add);
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new KindActivity(e.getKey(), e.getValue()[0], plain(sums.get(e.getKey()))))
                .sorted(Comparator.comparingLong(KindActivity::entries).reversed().thenComparing(KindActivity::kind))
                .toList();
    }

    /** Every region given, most active first, those without entries included. */
    static List<RegionActivity> regions(LedgerCell.Split cells, List<long[]> regionPeople, Map<Long, RegionInfo> regions) {
        Map<Long, Sums> sums = new HashMap<>();
        for (LedgerCell c : cells.perRegion()) sums.computeIfAbsent(c.regionId(), id -> new Sums()).add(c);
        Map<Long, Long> people = new HashMap<>();
        for (long[] rp : regionPeople) people.merge(rp[0], 1L, Long::sum);
        return regions.values().stream().map(r -> {
                    Sums s = sums.getOrDefault(r.id(), new Sums());
                    return r.activity(people.getOrDefault(r.id(), 0L), s.entries, plain(s.hours), s.modules,
                            plain(s.visitDays), plain(s.weeks), s.certificates);
                })
                .sorted(Comparator.comparingLong(RegionActivity::entries).reversed().thenComparing(RegionActivity::name))
                .toList();
    }

    static long entries(LedgerCell.Split cells) {
        return cells.perMonth().stream().mapToLong(LedgerCell::entries).sum();
    }

    private static BigDecimal plain(BigDecimal value) {
        return ParticipationQuery.amount(value);
    }
}
