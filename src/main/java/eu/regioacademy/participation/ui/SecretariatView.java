package eu.regioacademy.participation.ui;

import eu.regioacademy.platform.ui.MarkupText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import eu.regioacademy.participation.Dashboard;
import eu.regioacademy.participation.ParticipationDashboardService;
import eu.regioacademy.participation.ParticipationFilter;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.NotYours;
import eu.regioacademy.platform.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /secretariat}: who from which region took part in what, how much, and with what
 * result. The URL holds the filter, so a link shows a colleague the same view; coordinators
 * get the same dashboard for their own region only.
 */
@Route(value = "secretariat", layout = MainLayout.class)
@Menu(title = "nav.secretariat", icon = "vaadin:chart", order = 6)
@RolesAllowed({Roles.SECRETARIAT, Roles.COORDINATOR})
public class SecretariatView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipationDashboardService dashboards;
    private final Clock clock;
    private final DashboardFilterBar filters;
    private final KeyFigureCards figures;
    private final Div charts = new Div();
    private final ExportLinks exports = new ExportLinks();
    private final DrillDown drillDown;

    public SecretariatView(ParticipationDashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
        addClassNames("view", "secretariat-view");
        filters = new DashboardFilterBar(dashboards.regions(), today(), this::open);
        drillDown = new DrillDown(dashboards, ParticipationFilter.lastYear(today()));
        figures = new KeyFigureCards(drill -> {
            drillDown.drill(drill.kind());
            drillDown.scrollIntoView();
        });
        charts.addClassName("chart-grid");
        // static text as markup in one element: a paragraph and its text would be two state nodes per open tab
        Html intro = MarkupText.html(new org.jsoup.nodes.Element("p").addClass("muted").text(getTranslation("participation.intro")));
        add(intro, filters, figures, charts, drillDown, exports);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ParticipationFilter filter;
        try {
            filter = ParticipationFilter.fromParameters(event.getLocation().getQueryParameters().getParameters(), today());
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.errorKeysByField().values().iterator().next()));
            filter = ParticipationFilter.lastYear(today());
        }
        ParticipationFilter shown = filter;
        Dashboard dashboard = NotYours.orNotFound(() -> dashboards.dashboard(shown));
        filters.show(filter);
        figures.show(dashboard.current(), dashboard.previous());
        charts.removeAll();
        DashboardCharts.addTo(charts, dashboard, this, getLocale());
        drillDown.show(filter, dashboard.kinds().stream().mapToLong(eu.regioacademy.participation.KindActivity::entries).sum());
        exports.show(filter);
    }

    private void open(ParticipationFilter filter) {
        UI.getCurrent().navigate(SecretariatView.class, new QueryParameters(filter.toParameters()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.secretariat") + " · " + getTranslation("app.name");
    }
}
