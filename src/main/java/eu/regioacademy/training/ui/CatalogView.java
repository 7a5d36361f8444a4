package eu.regioacademy.training.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.TopicLabels;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.training.CatalogEntry;
import eu.regioacademy.training.CatalogFilter;
import eu.regioacademy.training.LearnerStatus;
import eu.regioacademy.training.LearningService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** The training catalogue: searched and filtered in SQL, cards loaded lazily as the learner scrolls. */
@Route(value = "catalog", layout = MainLayout.class)
@Menu(title = "nav.catalog", icon = "vaadin:academy-cap", order = 1)
@PermitAll
public class CatalogView extends Main implements HasDynamicTitle {

    private static final List<Integer> DURATIONS = List.of(30, 60, 90, 120);

    final TextField search = new TextField();
    final ComboBox<String> topic = new ComboBox<>();
    final Select<Locale> language = new Select<>();
    final Select<Integer> duration = new Select<>();
    final VirtualList<CatalogEntry> modules = new VirtualList<>();
    private final Span count = new Span();
    private final LearningService learning;

    public CatalogView(LearningService learning) {
        this.learning = learning;
        addClassNames("view", "catalog-view");

        search.setPlaceholder(getTranslation("catalog.search"));
        search.setAriaLabel(getTranslation("catalog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        topic.setPlaceholder(getTranslation("catalog.topic.any"));
        topic.setAriaLabel(getTranslation("catalog.topic"));
        topic.setItems(learning.topics());
        topic.setItemLabelGenerator(t -> TopicLabels.label(this, t));
        topic.setClearButtonVisible(true);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("catalog.language.any"));
        language.setAriaLabel(getTranslation("catalog.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> l == null ? getTranslation("catalog.language.any") : Languages.nativeName(l));
        duration.setEmptySelectionAllowed(true);
        duration.setEmptySelectionCaption(getTranslation("catalog.duration.any"));
        duration.setAriaLabel(getTranslation("catalog.duration"));
        duration.setItems(DURATIONS);
        duration.setItemLabelGenerator(m -> m == null ? getTranslation("catalog.duration.any")
                : getTranslation("catalog.duration.max", m));
        search.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        duration.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(search, topic, language, duration, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");
        filters.setWrap(true);

        modules.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::card));
        modules.setDataProvider(com.vaadin.flow.data.provider.DataProvider.<CatalogEntry>fromCallbacks(
                query -> learning.catalog(filter(), getLocale().getLanguage(), Paging.of(query)).stream(),
                query -> learning.countCatalog(filter())));
        modules.addClassName("fill");
        add(filters, modules);
        updateCount();
    }

    CatalogFilter filter() {
        return new CatalogFilter(search.getValue(), topic.getValue(),
                language.getValue() == null ? null : language.getValue().getLanguage(), duration.getValue());
    }

    private void refresh() {
        modules.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        int n = learning.countCatalog(filter());
        count.setText(getTranslation("catalog.count", n));
        count.addClassName("muted");
    }

    private Div card(CatalogEntry entry) {
        Anchor title = new Anchor("modules/" + entry.code(), entry.title());
        H3 heading = new H3(title);
        Paragraph summary = new Paragraph(entry.summary());
        Span meta = new Span(getTranslation("catalog.minutes", entry.estimatedMinutes()) + " · "
                + String.join(", ", entry.languages().stream().map(l -> l.toUpperCase(Locale.ROOT)).toList()));
        meta.addClassName("muted");
        Div topics = new Div();
        entry.topics().forEach(t -> {
            Span badge = new Span(TopicLabels.label(this, t));
            badge.getElement().getThemeList().add("badge contrast pill");
            topics.add(badge);
        });
        topics.addClassName("badges");
        Div card = new Div(heading, summary, meta, topics, status(entry));
        card.addClassName("module-card");
        return card;
    }

    private Div status(CatalogEntry entry) {
        Span text = new Span(entry.status() == LearnerStatus.IN_PROGRESS
                ? getTranslation("learner-status.in-progress-percent", entry.progressPercent())
                : getTranslation(entry.status().translationKey()));
        Div status = new Div(text);
        status.addClassName("module-status");
        if (entry.status() == LearnerStatus.IN_PROGRESS) {
            ProgressBar bar = new ProgressBar(0, 100, entry.progressPercent());
            bar.getElement().setAttribute("aria-label", text.getText());
            status.add(bar);
        } else if (entry.status() == LearnerStatus.COMPLETED) {
            status.addComponentAsFirst(VaadinIcon.CHECK_CIRCLE.create());
            status.addClassName("completed");
        }
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalog") + " · " + getTranslation("app.name");
    }
}
