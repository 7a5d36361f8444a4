package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import eu.regioacademy.people.Region;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.ui.NativeSelect;
import eu.regioacademy.platform.ui.TopicLabels;
import java.util.List;
import java.util.Locale;

/** The filters the visit list and the hosting catalogue share: theme, host region, language. */
final class FilterFields {

    private FilterFields() {
    }

    static ComboBox<String> theme(Component translator) {
        ComboBox<String> theme = new ComboBox<>();
        theme.setPlaceholder(translator.getTranslation("visits.theme.any"));
        theme.setAriaLabel(translator.getTranslation("visits.theme"));
        theme.setItems(Topics.ALL);
        theme.setItemLabelGenerator(t -> TopicLabels.label(translator, t));
        theme.setClearButtonVisible(true);
        return theme;
    }

    static ComboBox<Region> hostRegion(Component translator, List<Region> regions) {
        ComboBox<Region> region = new ComboBox<>();
        region.setPlaceholder(translator.getTranslation("visits.host-region.any"));
        region.setAriaLabel(translator.getTranslation("visits.host-region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Region::name);
        region.setClearButtonVisible(true);
        return region;
    }

    /** The browser's own list: Vaadin's Select kept a state node per language in memory per open tab. */
    static NativeSelect<Locale> language(Component translator) {
        NativeSelect<Locale> language = new NativeSelect<>(Languages.SUPPORTED, Languages::nativeName,
                translator.getTranslation("visits.language.any"));
        language.setAriaLabel(translator.getTranslation("visits.language"));
        return language;
    }
}
