package eu.regioacademy.participation;

import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.Topics;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard, its drill-down and every export look at: a period of days (both ends
 * included, in UTC like the ledger), and optionally regions, a country, a CPMR commission,
 * activity kinds and a topic. Empty sets mean "all".
 */
public record ParticipationFilter(LocalDate from, LocalDate to, Set<Long> regionIds, @Nullable String country,
                                  @Nullable Commission commission, Set<ParticipationKind> kinds,
                                  @Nullable String topic) {

    /** Longest period one view covers; enough for any multi-year project report. */
    static final int MAX_DAYS = 3700;

    public ParticipationFilter {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "participation.filter.period-reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("from", "participation.filter.period-too-long");
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw InvalidInputException.of("country", "participation.filter.country-unknown");
        }
        if (topic != null && !Topics.known(topic)) {
            throw InvalidInputException.of("topic", "participation.filter.topic-unknown");
        }
        regionIds = Set.copyOf(new TreeSet<>(regionIds));
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** The twelve months up to and including today. */
    public static ParticipationFilter lastYear(LocalDate today) {
        return new ParticipationFilter(today.minusYears(1).plusDays(1), today, Set.of(), null, null, Set.of(), null);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public ParticipationFilter previousPeriod() {
        return new ParticipationFilter(from.minusDays(days()), from.minusDays(1), regionIds, country, commission,
                kinds, topic);
    }

    public ParticipationFilter withRegions(Set<Long> regions) {
        return new ParticipationFilter(from, to, regions, country, commission, kinds, topic);
    }

    public ParticipationFilter withKinds(Set<ParticipationKind> newKinds) {
        return new ParticipationFilter(from, to, regionIds, country, commission, newKinds, topic);
    }

    public boolean includes(ParticipationKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** The filter as URL query parameters, so a dashboard link can be shared. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("from", List.of(from.toString()));
        p.put("to", List.of(to.toString()));
        if (!regionIds.isEmpty()) p.put("region", regionIds.stream().sorted().map(String::valueOf).toList());
        if (country != null) p.put("country", List.of(country));
        if (commission != null) p.put("commission", List.of(commission.name().toLowerCase(Locale.ROOT)));
        if (!kinds.isEmpty()) p.put("kind", kinds.stream().sorted().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        if (topic != null) p.put("topic", List.of(topic));
        return p;
    }

    /** Reads {@link #toParameters()} back; missing dates fall back to the last twelve months. */
    public static ParticipationFilter fromParameters(Map<String, List<String>> p, LocalDate today) {
        ParticipationFilter fallback = lastYear(today);
        try {
            LocalDate from = first(p, "from") == null ? fallback.from() : LocalDate.parse(first(p, "from"));
            LocalDate to = first(p, "to") == null ? fallback.to() : LocalDate.parse(first(p, "to"));
            List<Long> regions = new ArrayList<>();
            for (String r : p.getOrDefault("region", List.of())) regions.add(Long.parseLong(r));
            String commission = first(p, "commission");
            Set<ParticipationKind> kinds = EnumSet.noneOf(ParticipationKind.class);
            for (String k : p.getOrDefault("kind", List.of())) kinds.add(ParticipationKind.valueOf(k.toUpperCase(Locale.ROOT)));
            String country = first(p, "country");
            return new ParticipationFilter(from, to, Set.copyOf(regions),
                    country == null ? null : country.toUpperCase(Locale.ROOT),
                    commission == null ? null : Commission.valueOf(commission.toUpperCase(Locale.ROOT)),
                    kinds, first(p, "topic"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw InvalidInputException.of("filter", "participation.filter.unreadable");
        }
    }

    private static @Nullable String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
