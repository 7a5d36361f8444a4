package eu.regioacademy.exchanges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.regioacademy.exchanges.AllocationService;
import eu.regioacademy.exchanges.ExchangeApplication;
import eu.regioacademy.exchanges.ExchangeApplicationStatus;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.NotYours;
import jakarta.annotation.security.PermitAll;

/**
 * The allocation desk of one placement, for the secretariat and the host region's
 * coordinator: applicants ranked by their preference and endorsement, each with what
 * stands in the way of allocating them, if anything.
 */
@Route(value = "exchanges/placements/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class PlacementDeskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AllocationService allocations;
    final Grid<ExchangeApplication> grid = new Grid<>();
    private long placementId;

    public PlacementDeskView(AllocationService allocations) {
        this.allocations = allocations;
        addClassNames("view", "placement-desk-view");
        grid.addColumn(a -> "#" + a.rank()).setHeader(getTranslation("exchange.rank")).setAutoWidth(true);
        grid.addColumn(a -> a.applicantName() + " (" + a.applicantRegion() + ")").setHeader(getTranslation("host.applicant")).setFlexGrow(2);
        grid.addColumn(a -> Dates.dayRange(a.proposedFrom(), a.proposedUntil())).setHeader(getTranslation("visits.column.dates")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.status().translationKey())).setHeader(getTranslation("host.status")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            if (a.status() == ExchangeApplicationStatus.ENDORSED && a.conflict() == null) {
                Button allocate = new Button(getTranslation("exchange.allocate"), e -> Attempt.run(this,
                        () -> allocations.allocate(a.id()), "exchange.allocated", this::refresh));
                allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                return allocate;
            }
            return new Span(a.conflict() == null ? "" : getTranslation(a.conflict()));
        }).setHeader(getTranslation("host.decide")).setKey("decide").setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(a -> new Paragraph(a.motivation())));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("host.applications.empty"));
        add(new Paragraph(getTranslation("exchange.desk-intro")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        placementId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        refresh();
    }

    private void refresh() {
        grid.setItems(NotYours.orNotFound(() -> allocations.candidates(placementId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.allocate") + " · " + getTranslation("app.name");
    }
}
