package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.MarkupText;
import eu.regioacademy.platform.ui.NativeSelect;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.studyvisits.StudyVisitService;
import eu.regioacademy.studyvisits.VisitFilter;
import eu.regioacademy.studyvisits.VisitKind;
import eu.regioacademy.studyvisits.VisitSummary;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Staff find visits to apply to: filtered by theme, host, dates, language, kind and "open now"; paged in SQL. */
@Route(value = "study-visits", layout = MainLayout.class)
@Menu(title = "nav.study-visits", icon = "vaadin:bus", order = 3)
@PermitAll
public class StudyVisitsView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<String> theme = FilterFields.theme(this);
    final ComboBox<Region> hostRegion;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final NativeSelect<Locale> language = FilterFields.language(this);
    final NativeSelect<VisitKind> kind = new NativeSelect<>(List.of(VisitKind.values()),
            k -> getTranslation(k.translationKey()), getTranslation("visits.kind.any"));
    final Checkbox openNow = new Checkbox();
    final Grid<VisitSummary> grid = new Grid<>();
    private final Span count = new Span();
    private final StudyVisitService visits;

    public StudyVisitsView(StudyVisitService visits, RegionService regions, CurrentUser currentUser) {
        this.visits = visits;
        this.hostRegion = FilterFields.hostRegion(this, regions.all());
        addClassNames("view", "study-visits-view");
        add(actions(currentUser), filters(regions), grid());
        updateCount();
    }

    private Component actions(CurrentUser currentUser) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("view-actions");
        // plain links as markup in one element (texts escaped by jsoup): an Anchor and its text are two
        // state nodes each, kept per open tab
        Element links = new Element("span").addClass("view-links");
        links.appendElement("a").attr("href", "study-visits/applications").text(getTranslation("visits.my-applications"));
        links.appendElement("a").attr("href", "hosting-offers").text(getTranslation("visits.hosting-catalogue"));
        if (currentUser.has(Role.COORDINATOR)) {
            links.appendElement("a").attr("href", "study-visits/endorsements").text(getTranslation("visits.endorsements"));
        }
        actions.add(MarkupText.html(links));
        if (currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARIAT)) {
            Button create = new Button(getTranslation("visits.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("study-visits/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private Component filters(RegionService regions) {
        search.setPlaceholder(getTranslation("visits.search"));
        search.setAriaLabel(getTranslation("visits.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        from.setPlaceholder(getTranslation("visits.from"));
        from.setAriaLabel(getTranslation("visits.from"));
        from.setClearButtonVisible(true);
        from.setLocale(getLocale());
        to.setPlaceholder(getTranslation("visits.to"));
        to.setAriaLabel(getTranslation("visits.to"));
        to.setClearButtonVisible(true);
        to.setLocale(getLocale());
        kind.setAriaLabel(getTranslation("visits.kind"));
        openNow.setLabel(getTranslation("visits.open-now"));
        search.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        hostRegion.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        openNow.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, theme, hostRegion, from, to, language, kind, openNow, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");
        filters.setWrap(true);
        count.addClassName("muted");
        return filters;
    }

    private Grid<VisitSummary> grid() {
        // client-side templates, not components: a component per row and column costs every open tab
        // memory for each row the grid has shown (about 150 KB on this view before)
        var title = grid.addColumn(LitRenderer.<VisitSummary>of("<a href=\"study-visits/${item.id}\">${item.title}</a>")
                        .withProperty("id", VisitSummary::id).withProperty("title", VisitSummary::title))
                .setHeader(getTranslation("visits.column.title")).setKey("title").setSortable(true).setFlexGrow(3);
        grid.addColumn(v -> getTranslation(v.kind().translationKey())).setHeader(getTranslation("visits.kind")).setAutoWidth(true);
        grid.addColumn(v -> v.hostRegion() + " · " + v.city()).setHeader(getTranslation("visits.host-region"))
                .setKey("hostRegion").setSortable(true).setFlexGrow(2);
        var dates = grid.addColumn(v -> Dates.dayRange(v.startsOn(), v.endsOn())).setHeader(getTranslation("visits.column.dates"))
                .setKey("startsOn").setSortable(true).setFlexGrow(2);
        grid.addColumn(v -> String.join(", ", v.languages().stream().map(l -> l.toUpperCase(Locale.ROOT)).toList()))
                .setHeader(getTranslation("visits.language")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("visits.places-left", v.placesLeft(), v.capacity()))
                .setHeader(getTranslation("visits.column.places")).setAutoWidth(true);
        grid.addColumn(StatusBadge.renderer(VisitSummary::status, v -> getTranslation(v.status().translationKey())))
                .setHeader(getTranslation("visits.column.status")).setAutoWidth(true);
        grid.setItems(query -> visits.browse(filter(), getLocale().getLanguage(), Paging.of(query)).stream(),
                query -> visits.count(filter()));
        grid.sort(List.of(new GridSortOrder<>(dates, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("study-visits/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("visits.empty"));
        grid.addClassName("fill");
        title.setAutoWidth(false);
        return grid;
    }

    VisitFilter filter() {
        return new VisitFilter(search.getValue(), theme.getValue(),
                hostRegion.getValue() == null ? null : hostRegion.getValue().id(), from.getValue(), to.getValue(),
                language.getValue() == null ? null : language.getValue().getLanguage(), kind.getValue(),
                openNow.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        MarkupText.set(count, getTranslation("visits.count", visits.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.study-visits") + " · " + getTranslation("app.name");
    }
}
