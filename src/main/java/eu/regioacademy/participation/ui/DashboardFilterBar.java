package eu.regioacademy.participation.ui;

import eu.regioacademy.platform.InvalidInputException;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import eu.regioacademy.participation.ParticipationFilter;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.RegionInfo;
import eu.regioacademy.people.Commission;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.ui.NativeSelect;
import eu.regioacademy.platform.ui.TopicLabels;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The dashboard's filters; every change hands a whole new filter to the view. */
class DashboardFilterBar extends Div {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    // the browser's own list: Vaadin's Select keeps a state node per item in memory per open tab
    private final NativeSelect<Period> period = new NativeSelect<>(List.of(Period.values()),
            p -> getTranslation("participation.period." + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
            getTranslation("participation.period.custom"));
    private final MultiSelectComboBox<RegionInfo> regions = new MultiSelectComboBox<>();
    // short single choices as the browser's own lists: a combo box keeps its data communication,
    // key mapper and a dozen listeners in server memory for every open tab
    private final NativeSelect<String> country;
    private final NativeSelect<Commission> commission = new NativeSelect<>(List.of(Commission.values()),
            c -> getTranslation(c.translationKey()), getTranslation("participation.filter.commission.any"));
    private final MultiSelectComboBox<ParticipationKind> kinds = new MultiSelectComboBox<>();
    private final NativeSelect<String> topic = new NativeSelect<>(Topics.ALL, t -> TopicLabels.label(this, t),
            getTranslation("participation.filter.topic.any"));
    private final List<RegionInfo> regionOptions;
    private boolean showing;

    /** Quick periods, all ending today. */
    enum Period {
        LAST_30_DAYS(30), LAST_90_DAYS(90), LAST_12_MONTHS(365), LAST_3_YEARS(3 * 365);

        final int days;

        Period(int days) {
            this.days = days;
        }
    }

    DashboardFilterBar(List<RegionInfo> regionOptions, LocalDate today, Consumer<ParticipationFilter> onChange) {
        this.regionOptions = regionOptions;
        addClassName("dashboard-filters");
        from.setLabel(getTranslation("participation.filter.from"));
        to.setLabel(getTranslation("participation.filter.to"));
        regions.setLabel(getTranslation("participation.filter.regions"));
        regions.setItems(regionOptions);
        regions.setItemLabelGenerator(r -> r.name() + " (" + r.nutsCode() + ")");
        country = new NativeSelect<>(regionOptions.stream().map(RegionInfo::countryCode).distinct().sorted().toList(),
                code -> code, getTranslation("participation.filter.country.any"));
        country.addClassName("country-filter");
        commission.addClassName("commission-filter");
        topic.addClassName("topic-filter");
        kinds.setLabel(getTranslation("participation.filter.kinds"));
        kinds.setItems(ParticipationKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        var countryField = country.withLabel(getTranslation("participation.filter.country"));
        var commissionField = commission.withLabel(getTranslation("participation.filter.commission"));
        boolean oneRegion = regionOptions.size() == 1;
        regions.setVisible(!oneRegion);
        countryField.setVisible(!oneRegion);
        commissionField.setVisible(!oneRegion);
        add(period.withLabel(getTranslation("participation.filter.period")), from, to, regions, countryField, commissionField,
                kinds, topic.withLabel(getTranslation("participation.filter.topic")));

        period.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                showing = true;
                from.setValue(today.minusDays(e.getValue().days - 1L));
                to.setValue(today);
                showing = false;
                changed(onChange);
            }
        });
        from.addValueChangeListener(e -> datesChanged(onChange));
        to.addValueChangeListener(e -> datesChanged(onChange));
        regions.addValueChangeListener(e -> changed(onChange));
        country.addValueChangeListener(e -> changed(onChange));
        commission.addValueChangeListener(e -> changed(onChange));
        kinds.addValueChangeListener(e -> changed(onChange));
        topic.addValueChangeListener(e -> changed(onChange));
    }

    /** Shows a filter (from the URL) without firing changes. */
    void show(ParticipationFilter filter) {
        showing = true;
        from.setValue(filter.from());
        to.setValue(filter.to());
        period.clear();
        regions.setValue(regionOptions.stream().filter(r -> filter.regionIds().contains(r.id()))
                .collect(Collectors.toSet()));
        country.setValue(filter.country());
        commission.setValue(filter.commission());
        kinds.setValue(filter.kinds());
        topic.setValue(filter.topic());
        showing = false;
    }

    private void datesChanged(Consumer<ParticipationFilter> onChange) {
        if (!showing) {
            showing = true;
            period.clear();
            showing = false;
            changed(onChange);
        }
    }

    private void changed(Consumer<ParticipationFilter> onChange) {
        if (showing || from.getValue() == null || to.getValue() == null) return;
        if (to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("participation.filter.period-reversed"));
            return;
        }
        to.setInvalid(false);
        Set<Long> regionIds = new HashSet<>();
        regions.getValue().forEach(r -> regionIds.add(r.id()));
        Set<ParticipationKind> kindSet = kinds.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(kinds.getValue());
        ParticipationFilter filter;
        try {
            filter = new ParticipationFilter(from.getValue(), to.getValue(), regionIds, country.getValue(),
                    commission.getValue(), kindSet, topic.getValue());
        } catch (InvalidInputException refused) {
            // e.g. a period of centuries typed by hand: said next to the dates, the dashboard stays as it was
            from.setInvalid(true);
            from.setErrorMessage(getTranslation(refused.errorKeysByField().values().iterator().next()));
            return;
        }
        from.setInvalid(false);
        onChange.accept(filter);
    }
}
