package eu.regioacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.training.ContentImportService;
import eu.regioacademy.training.ImportReport;
import eu.regioacademy.training.ModuleAdminRow;
import eu.regioacademy.training.ModuleStatus;
import eu.regioacademy.training.TrainingAdminService;
import jakarta.annotation.security.RolesAllowed;

/** The secretariat's training desk: modules, their status and learners, content sync, cohorts. */
@Route(value = "training-admin", layout = MainLayout.class)
@Menu(title = "nav.training-admin", icon = "vaadin:book", order = 6.5)
@RolesAllowed(Roles.SECRETARIAT)
public class TrainingAdminView extends Main implements HasDynamicTitle {

    final Grid<ModuleAdminRow> grid = new Grid<>();
    private final TrainingAdminService training;

    public TrainingAdminView(TrainingAdminService training, ContentImportService importer, RegionService regions) {
        this.training = training;
        addClassNames("view", "training-admin-view");

        Button sync = new Button(getTranslation("training-admin.sync"), VaadinIcon.REFRESH.create(), e -> {
            ImportReport report = importer.syncNow();
            new ImportReportDialog(report).open();
            grid.getDataProvider().refreshAll();
        });
        Button cohort = new Button(getTranslation("training-admin.cohort"), VaadinIcon.USERS.create(),
                e -> new CohortDialog(training, regions, this::moduleCodes, () -> grid.getDataProvider().refreshAll()).open());
        cohort.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(sync, cohort);

        grid.addColumn(ModuleAdminRow::title).setHeader(getTranslation("training-admin.module")).setSortProperty("title")
                .setFlexGrow(3);
        grid.addColumn(ModuleAdminRow::code).setHeader(getTranslation("training-admin.code")).setSortProperty("code")
                .setFlexGrow(2);
        grid.addColumn(ModuleAdminRow::versionNo).setHeader(getTranslation("training-admin.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::statusSelect).setHeader(getTranslation("training-admin.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ModuleAdminRow::enrolled).setHeader(getTranslation("training-admin.enrolled"))
                .setSortProperty("enrolled").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ModuleAdminRow::completed).setHeader(getTranslation("training-admin.completed"))
                .setSortProperty("completed").setAutoWidth(true).setFlexGrow(0);
        // a link drawn by the browser rather than an Anchor component per row
        grid.addColumn(LitRenderer.<ModuleAdminRow>of("<a href=\"training-admin/${item.code}\">${item.learners}</a>")
                        .withProperty("code", ModuleAdminRow::code)
                        .withProperty("learners", row -> getTranslation("training-admin.learners")))
                .setKey("learners").setHeader(getTranslation("admin.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> training.modules(getLocale().getLanguage(), Paging.of(query)).stream(),
                query -> training.moduleCount());
        grid.setEmptyStateText(getTranslation("training-admin.none"));
        grid.addClassName("fill");
        add(toolbar, grid);
    }

    private java.util.List<String> moduleCodes() {
        return training.modules(getLocale().getLanguage(), eu.regioacademy.platform.PageRequest.first(1000)).stream()
                .map(ModuleAdminRow::code).toList();
    }

    private Select<ModuleStatus> statusSelect(ModuleAdminRow row) {
        Select<ModuleStatus> status = new Select<>();
        status.setItems(ModuleStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(row.status());
        status.setAriaLabel(getTranslation("training-admin.status-of", row.title()));
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                training.setStatus(row.moduleId(), e.getValue());
                Notifications.success(getTranslation("training-admin.status-changed", row.title(),
                        getTranslation(e.getValue().translationKey())));
            }
        });
        status.setWidth("10rem");
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training-admin") + " · " + getTranslation("app.name");
    }
}
