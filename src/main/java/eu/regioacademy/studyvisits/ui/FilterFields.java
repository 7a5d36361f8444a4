package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import eu.regioacademy.people.Region;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.i18n.Languages;
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

    static Select<Locale> language(Component translator) {
        Select<Locale> language = new Select<>();
        String any = translator.getTranslation("visits.language.any");
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(any);
        language.setAriaLabel(translator.getTranslation("visits.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> l == null ? any : Languages.nativeName(l));
        return language;
    }
}
