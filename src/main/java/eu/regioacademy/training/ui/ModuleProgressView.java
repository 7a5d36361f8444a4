package eu.regioacademy.training.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.training.LearnerProgressRow;
import eu.regioacademy.training.LearnerStatus;
import eu.regioacademy.training.ProgressFilter;
import eu.regioacademy.training.TrainingAdminService;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Who takes one module and how far they are: filtered and paged in SQL, exported as CSV. */
@Route(value = "training-admin/:code", layout = MainLayout.class)
@RolesAllowed(Roles.SECRETARIAT)
public class ModuleProgressView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final Select<LearnerStatus> status = new Select<>();
    final Grid<LearnerProgressRow> grid = new Grid<>();
    private final TrainingAdminService training;
    private final RegionService regions;
    private String code = "";
    private long moduleId;

    public ModuleProgressView(TrainingAdminService training, RegionService regions) {
        this.training = training;
        this.regions = regions;
        addClassNames("view", "module-progress-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        moduleId = training.moduleIdOf(code).orElseThrow(NotFoundException::new);
        removeAll();
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        region.setPlaceholder(getTranslation("progress.region.any"));
        region.setAriaLabel(getTranslation("user.region"));
        region.setItems(regions.all());
        region.setItemLabelGenerator(Region::name);
        region.setClearButtonVisible(true);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("progress.status.any"));
        status.setAriaLabel(getTranslation("training-admin.status"));
        status.setItems(LearnerStatus.IN_PROGRESS, LearnerStatus.COMPLETED);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("progress.status.any") : getTranslation(s.translationKey()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Anchor csv = new Anchor(csvDownload(), getTranslation("progress.export-csv"));
        csv.addClassName("download");
        HorizontalLayout filters = new HorizontalLayout(search, region, status, csv);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.removeAllColumns();
        grid.addColumn(LearnerProgressRow::name).setHeader(getTranslation("user.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(LearnerProgressRow::regionName).setHeader(getTranslation("user.region")).setSortProperty("regionName");
        grid.addColumn(r -> getTranslation(r.status().translationKey())).setHeader(getTranslation("training-admin.status"))
                .setSortProperty("status");
        grid.addColumn(r -> r.progressPercent() + " %").setHeader(getTranslation("progress.progress")).setAutoWidth(true);
        grid.addColumn(r -> r.bestScore() == null ? "–" : r.bestScore() + " %").setHeader(getTranslation("progress.best-score"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.date(r.enrolledAt())).setHeader(getTranslation("progress.enrolled"))
                .setSortProperty("enrolledAt");
        grid.addColumn(r -> Dates.date(r.completedAt())).setHeader(getTranslation("progress.completed"))
                .setSortProperty("completedAt");
        grid.setItems(query -> training.progress(moduleId, filter(), Paging.of(query)).stream(),
                query -> training.progressCount(moduleId, filter()));
        grid.setEmptyStateText(getTranslation("progress.none"));
        grid.addClassName("fill");
        add(new Anchor("training-admin", getTranslation("nav.training-admin")), new H2(code), filters, grid);
    }

    ProgressFilter filter() {
        return new ProgressFilter(search.getValue(), region.getValue() == null ? null : region.getValue().id(),
                status.getValue());
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName(code + "-progress.csv");
            event.setContentType("text/csv; charset=utf-8");
            // the filter fields belong to the UI: read them under its lock, then stream without it
            ProgressFilter[] current = new ProgressFilter[1];
            event.getSession().accessSynchronously(() -> current[0] = filter());
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            training.exportProgressCsv(moduleId, current[0], writer);
        };
    }

    @Override
    public String getPageTitle() {
        return code + " · " + getTranslation("app.name");
    }
}
