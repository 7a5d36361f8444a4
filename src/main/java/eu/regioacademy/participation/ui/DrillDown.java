package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import eu.regioacademy.participation.LedgerLine;
import eu.regioacademy.participation.ParticipationDashboardService;
import eu.regioacademy.participation.ParticipationFilter;
import eu.regioacademy.participation.ParticipationKind;
import eu.regioacademy.participation.PersonActivity;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MarkupText;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.platform.ui.TopicLabels;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The entries and the people behind the dashboard's figures, paged in SQL. Built when the
 * user asks for them (this section's button, or a figure's "show who"): two grids with their
 * columns, data communicators and a tab sheet are most of what an open dashboard would keep in
 * server memory, and most visits only read the figures and charts.
 */
class DrillDown extends Section {

    private final ParticipationDashboardService dashboards;
    private @Nullable Lists lists;
    private @Nullable Html heading;
    private @Nullable Button open;
    private ParticipationFilter filter;
    private @Nullable ParticipationKind kind;
    /** The dashboard's own count of the filter's entries, so the list need not count them again; -1 if unknown. */
    private long knownTotal = -1;

    DrillDown(ParticipationDashboardService dashboards, ParticipationFilter filter) {
        this.dashboards = dashboards;
        this.filter = filter;
        addClassName("drill-down");
        setId("drill-down");
        Element header = new Element("div").addClass("chart-header");
        header.appendElement("h3").text(getTranslation("participation.drill.title"));
        heading = MarkupText.html(header);
        open = new Button();
        MarkupText.set(open, getTranslation("participation.drill.open"));
        open.getElement().setAttribute("aria-expanded", "false");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("drill-open");
        open.addClickListener(e -> {
            drill(null);
            if (lists != null) lists.entries.focus();
        });
        add(heading, open);
    }

    /** Whether the lists have been built (asked for). */
    boolean isOpen() {
        return lists != null;
    }

    void show(ParticipationFilter newFilter, long entriesInFilter) {
        this.filter = newFilter;
        this.knownTotal = entriesInFilter;
        if (lists != null) lists.refresh();
    }

    /** Narrows the lists to one kind of entry (a figure's), or back to the whole filter; builds them the first time. */
    void drill(@Nullable ParticipationKind newKind) {
        this.kind = newKind;
        if (lists == null) {
            if (heading != null) remove(heading);
            if (open != null) remove(open);
            heading = null;
            open = null;
            lists = new Lists();
        }
        lists.narrowed.setText(newKind == null ? "" : getTranslation("participation.drill.narrowed",
                getTranslation(newKind.translationKey())));
        lists.widen.setVisible(newKind != null);
        lists.refresh();
    }

    ParticipationFilter drillFilter() {
        if (kind == null) return filter;
        return filter.includes(kind) ? filter.withKinds(Set.of(kind)) : filter;
    }

    private String topics(String set) {
        return set.isEmpty() ? "" : Arrays.stream(set.split(",")).map(t -> TopicLabels.label(this, t))
                .collect(Collectors.joining(", "));
    }

    /** The header with the narrowing, and the two lists in their tabs. */
    private final class Lists {
        final Grid<LedgerLine> entries = new Grid<>();
        final Grid<PersonActivity> people = new Grid<>();
        final Span narrowed = new Span();
        final Button widen = new Button();

        Lists() {
            NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
            entries.addColumn(l -> Dates.dateTime(l.occurredAt())).setHeader(getTranslation("participation.entry.when"))
                    .setSortProperty("occurredAt").setAutoWidth(true);
            // people and regions are not sortable here: sorting a whole period by a joined name is the one slow read
            entries.addColumn(LedgerLine::personName).setHeader(getTranslation("participation.entry.person")).setFlexGrow(2);
            entries.addColumn(LedgerLine::regionName).setHeader(getTranslation("participation.entry.region")).setFlexGrow(2);
            entries.addColumn(l -> getTranslation(l.kind().translationKey())).setHeader(getTranslation("participation.entry.kind"))
                    .setSortProperty("kind").setFlexGrow(2);
            entries.addColumn(l -> numbers.format(l.quantity())).setHeader(getTranslation("participation.entry.quantity"))
                    .setSortProperty("quantity").setAutoWidth(true);
            entries.addColumn(l -> topics(l.topics())).setHeader(getTranslation("participation.entry.topics")).setFlexGrow(2);
            entries.setEmptyStateText(getTranslation("participation.drill.empty"));
            entries.setMultiSort(true);
            entries.setItems(q -> dashboards.entries(drillFilter(), Paging.of(q)).stream(),
                    q -> kind == null && knownTotal >= 0 ? Math.toIntExact(knownTotal) : dashboards.countEntries(drillFilter()));
            people.addColumn(PersonActivity::name).setHeader(getTranslation("participation.entry.person"))
                    .setSortProperty("person").setFlexGrow(2);
            people.addColumn(PersonActivity::regionName).setHeader(getTranslation("participation.entry.region"))
                    .setSortProperty("region").setFlexGrow(2);
            people.addColumn(p -> numbers.format(p.entries())).setHeader(getTranslation("participation.person.entries"))
                    .setSortProperty("entries").setAutoWidth(true);
            people.addColumn(p -> numbers.format(p.quantity())).setHeader(getTranslation("participation.person.quantity"))
                    .setSortProperty("quantity").setAutoWidth(true);
            people.addColumn(p -> Dates.date(p.lastActivity())).setHeader(getTranslation("participation.person.last"))
                    .setSortProperty("lastActivity").setAutoWidth(true);
            people.setEmptyStateText(getTranslation("participation.drill.empty"));
            people.setItems(q -> dashboards.people(drillFilter(), Paging.of(q)).stream(),
                    q -> dashboards.countPeople(drillFilter()));
            TabSheet tabs = new TabSheet();
            tabs.add(getTranslation("participation.drill.entries"), entries);
            tabs.add(getTranslation("participation.drill.people"), people);
            tabs.addClassName("drill-tabs");
            widen.setText(getTranslation("participation.drill.all-kinds"));
            widen.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            widen.addClickListener(e -> drill(null));
            Div header = new Div(new H3(getTranslation("participation.drill.title")), narrowed, widen);
            header.addClassName("chart-header");
            add(header, tabs);
        }

        void refresh() {
            entries.getDataProvider().refreshAll();
            people.getDataProvider().refreshAll();
        }
    }
}
