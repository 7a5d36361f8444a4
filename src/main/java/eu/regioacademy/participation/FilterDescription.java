package eu.regioacademy.participation;

import eu.regioacademy.platform.i18n.TranslationProvider;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A dashboard filter in words, so a printed report says what it counted. */
final class FilterDescription {

    private FilterDescription() {
    }

    static List<String> lines(Dashboard dashboard, Locale locale, TranslationProvider translations) {
        ParticipationFilter filter = dashboard.filter();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ParticipationFilter previous = filter.previousPeriod();
        List<String> lines = new ArrayList<>();
        lines.add(translations.translate(locale, "participation.report.period", day.format(filter.from()),
                day.format(filter.to()), filter.days()));
        lines.add(translations.translate(locale, "participation.report.compared", day.format(previous.from()),
                day.format(previous.to())));
        Collator collator = Collator.getInstance(locale);
        if (!filter.regionIds().isEmpty()) {
            Map<Long, String> names = dashboard.regions().stream()
                    .collect(Collectors.toMap(RegionActivity::regionId, RegionActivity::name, (a, b) -> a));
            lines.add(translations.translate(locale, "participation.report.filter.regions", filter.regionIds().stream()
                    .map(id -> names.getOrDefault(id, "#" + id)).sorted(collator).collect(Collectors.joining(", "))));
        }
        if (filter.country() != null) {
            lines.add(translations.translate(locale, "participation.report.filter.country",
                    Locale.of("", filter.country()).getDisplayCountry(locale)));
        }
        if (filter.commission() != null) {
            lines.add(translations.translate(locale, "participation.report.filter.commission",
                    translations.translate(locale, filter.commission().translationKey())));
        }
        if (!filter.kinds().isEmpty()) {
            Function<ParticipationKind, String> label = k -> translations.translate(locale, k.translationKey());
            lines.add(translations.translate(locale, "participation.report.filter.kinds",
                    filter.kinds().stream().sorted().map(label).collect(Collectors.joining(", "))));
        }
        if (filter.topic() != null) {
            lines.add(translations.translate(locale, "participation.report.filter.topic",
                    translations.translate(locale, "topic." + filter.topic())));
        }
        if (lines.size() == 2) lines.add(translations.translate(locale, "participation.report.filter.none"));
        return lines;
    }
}
