package eu.regioacademy.training.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
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

        modules.setRenderer(cards());
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

    /**
     * Each card as a template the browser draws from the entry's texts: as components a card cost about a dozen
     * state nodes per card shown, kept for as long as the tab is open. The same markup, classes and names as before.
     * The list also draws placeholders before an entry's data arrives: every property may be undefined there.
     */
    LitRenderer<CatalogEntry> cards() {
        return LitRenderer.<CatalogEntry>of("<div class=\"module-card\">"
                        + "<h3><a href=\"modules/${item.code}\">${item.title}</a></h3>"
                        + "<p>${item.summary}</p>"
                        + "<span class=\"muted\">${item.meta}</span>"
                        + "<div class=\"badges\">${(item.topics || []).map(t => html`<span theme=\"badge contrast pill\">${t}</span>`)}</div>"
                        + "<div class=\"module-status ${item.completed ? 'completed' : ''}\">"
                        + "${item.completed ? html`<vaadin-icon icon=\"vaadin:check-circle\"></vaadin-icon>` : ''}"
                        + "<span>${item.status}</span>"
                        + "${item.inProgress ? html`<vaadin-progress-bar min=\"0\" max=\"100\" .value=\"${item.progress}\""
                        + " aria-label=\"${item.status}\"></vaadin-progress-bar>` : ''}"
                        + "</div></div>")
                .withProperty("code", CatalogEntry::code)
                .withProperty("title", CatalogEntry::title)
                .withProperty("summary", CatalogEntry::summary)
                .withProperty("meta", entry -> getTranslation("catalog.minutes", entry.estimatedMinutes()) + " · "
                        + String.join(", ", entry.languages().stream().map(l -> l.toUpperCase(Locale.ROOT)).toList()))
                .withProperty("topics", entry -> entry.topics().stream().map(t -> TopicLabels.label(this, t)).toList())
                .withProperty("status", entry -> entry.status() == LearnerStatus.IN_PROGRESS
                        ? getTranslation("learner-status.in-progress-percent", entry.progressPercent())
                        : getTranslation(entry.status().translationKey()))
                .withProperty("inProgress", entry -> entry.status() == LearnerStatus.IN_PROGRESS)
                .withProperty("completed", entry -> entry.status() == LearnerStatus.COMPLETED)
                .withProperty("progress", CatalogEntry::progressPercent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalog") + " · " + getTranslation("app.name");
    }
}
