package eu.regioacademy.studyvisits;

import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.TextRules;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.i18n.Languages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What makes a visit well-formed, checked field by field before anything is written. */
final class VisitRules {

    static final int FOLLOW_UP_MONTHS = 3;
    static final int REMINDER_DAYS_BEFORE = 3;
    static final int HOURS_PER_VISIT_DAY = 7;
    static final BigDecimal DEFAULT_DAILY_ALLOWANCE = new BigDecimal("120.00");
    private static final int MAX_DAYS = 31;
    private static final int MAX_TEXT = 4000;

    private VisitRules() {
    }

    /** A draft may be saved incomplete; these are the checks every save passes. */
    static void checkDraft(VisitDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(d, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static void check(VisitDraft d, Map<String, String> errors) {
        if (d.texts().isEmpty() || d.texts().values().stream().allMatch(t -> t.title().isBlank())) {
            errors.put("title", "visit.error.title-required");
        }
        d.texts().forEach((language, text) -> {
            if (!Languages.isSupported(language)) errors.put("title", "visit.error.language-unknown");
            else if (text.title().isBlank()) errors.put("title", "visit.error.title-required");
            else if (text.title().strip().length() > 300) errors.put("title", "visit.error.title-too-long");
            if (text.description().length() > MAX_TEXT * 4) errors.put("description", "visit.error.text-too-long");
        });
        if (d.city().isBlank()) errors.put("city", "visit.error.city-required");
        else if (d.city().strip().length() > 120) errors.put("city", "visit.error.text-too-long");
        if (d.venue().strip().length() > 200) errors.put("venue", "visit.error.text-too-long");
        if (d.startsOn() == null) errors.put("startsOn", "visit.error.dates-required");
        if (d.endsOn() == null) errors.put("endsOn", "visit.error.dates-required");
        if (d.startsOn() != null && d.endsOn() != null) {
            if (d.endsOn().isBefore(d.startsOn())) errors.put("endsOn", "visit.error.ends-before-start");
            else if (d.endsOn().toEpochDay() - d.startsOn().toEpochDay() >= MAX_DAYS) errors.put("endsOn", "visit.error.too-long");
        }
        if (d.applicationDeadline() == null) errors.put("applicationDeadline", "visit.error.deadline-required");
        if (d.capacity() < 1 || d.capacity() > 500) errors.put("capacity", "visit.error.capacity-range");
        if (d.workingLanguages().isEmpty()) errors.put("workingLanguages", "visit.error.languages-required");
        else if (!d.workingLanguages().stream().allMatch(l -> l.matches("[a-z]{2}"))) {
            errors.put("workingLanguages", "visit.error.language-unknown");
        }
        if (!d.themes().stream().allMatch(Topics::known)) errors.put("themes", "visit.error.theme-unknown");
        if (d.dailyAllowance().signum() < 0 || d.dailyAllowance().compareTo(new BigDecimal("10000")) > 0) {
            errors.put("dailyAllowance", "visit.error.amount-range");
        }
        Set<Integer> bandKms = new HashSet<>();
        for (VisitDraft.TravelBand band : d.travelBands()) {
            if (band.upToKm() <= 0 || !bandKms.add(band.upToKm())) errors.put("travelBands", "visit.error.band-invalid");
            if (band.amount().signum() < 0) errors.put("travelBands", "visit.error.amount-range");
        }
        for (VisitDraft.AgendaItem item : d.agenda()) {
            TextRules.check(errors, "agenda", item.title(), 300);
            TextRules.check(errors, "agenda", item.speaker() == null ? "" : item.speaker(), 200);
            TextRules.check(errors, "agenda", item.place() == null ? "" : item.place(), 200);
            if (item.title().isBlank()) errors.put("agenda", "visit.error.agenda-title-required");
            else if (!item.endsAt().isAfter(item.startsAt())) errors.put("agenda", "visit.error.agenda-times");
            else if (d.startsOn() != null && d.endsOn() != null
                    && (item.day().isBefore(d.startsOn()) || item.day().isAfter(d.endsOn()))) {
                errors.put("agenda", "visit.error.agenda-outside-dates");
            }
        }
        for (VisitDraft.Material m : d.materials()) {
            if (m.label().isBlank() || !m.url().strip().matches("https?://[^ ]+")) errors.put("materials", "visit.error.material-invalid");
            TextRules.check(errors, "materials", m.label(), 200);
            TextRules.check(errors, "materials", m.url(), 1000);
        }
    }

    /**
     * A visit people apply to must be complete, with its deadline before it starts; when it
     * is being opened ({@code now} given), the deadline must also still be ahead.
     */
    static void checkOpening(VisitDraft d, String timeZone, @org.jspecify.annotations.Nullable Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(d, errors);
        if (d.venue().isBlank()) errors.put("venue", "visit.error.venue-required");
        if (d.applicationDeadline() != null && now != null && !d.applicationDeadline().isAfter(now)) {
            errors.put("applicationDeadline", "visit.error.deadline-past");
        } else if (d.applicationDeadline() != null && d.startsOn() != null
                && d.applicationDeadline().isAfter(d.startsOn().atStartOfDay(ZoneId.of(timeZone)).toInstant())) {
            errors.put("applicationDeadline", "visit.error.deadline-after-start");
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    static String text(String value, String field, boolean required) {
        if (required && value.isBlank()) {
            String kebab = field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
            throw InvalidInputException.of(field, "visit.error." + kebab + "-required");
        }
        if (value.length() > MAX_TEXT) throw InvalidInputException.of(field, "visit.error.text-too-long");
        return value.strip();
    }

    /** The band whose upper bound first reaches the distance; beyond the last band, the last band. */
    static CostEstimate estimate(int days, BigDecimal dailyAllowance, java.util.List<VisitDraft.TravelBand> bands,
                                 @org.jspecify.annotations.Nullable Integer distanceKm) {
        BigDecimal travel = null;
        if (distanceKm != null && !bands.isEmpty()) {
            travel = bands.stream().sorted(java.util.Comparator.comparingInt(VisitDraft.TravelBand::upToKm))
                    .filter(b -> b.upToKm() >= distanceKm).findFirst()
                    .orElse(bands.stream().max(java.util.Comparator.comparingInt(VisitDraft.TravelBand::upToKm)).orElseThrow())
                    .amount();
        }
        return new CostEstimate(days, dailyAllowance, distanceKm, travel);
    }


    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
