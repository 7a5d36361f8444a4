package eu.regioacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.people.UserAdminService;
import eu.regioacademy.people.UserSummary;
import eu.regioacademy.platform.ui.Paging;
import java.util.stream.Collectors;

/** Users: searched and sorted in SQL, a page at a time. */
class UsersPanel extends VerticalLayout {

    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final UserAdminService users;
    private final RegionService regions;

    UsersPanel(UserAdminService users, RegionService regions) {
        this.users = users;
        this.regions = regions;
        setPadding(false);
        setSizeFull();

        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("22rem");

        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.name"))
                .setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("user.email"))
                .setSortProperty("email").setFlexGrow(2);
        grid.addColumn(UserSummary::regionName).setHeader(getTranslation("user.region"))
                .setSortProperty("regionName").setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setFlexGrow(2);
        // templates drawn by the browser, not a component (with its state nodes, listener and tooltip) per row
        grid.addColumn(LitRenderer.<UserSummary>of("<span theme=\"${item.badge}\">${item.status}</span>")
                        .withProperty("badge", u -> u.active() ? "badge success" : "badge contrast")
                        .withProperty("status", u -> getTranslation(u.active() ? "user.active" : "user.inactive")))
                .setHeader(getTranslation("user.status")).setKey("status")
                .setSortProperty("active").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EditButtons.<UserSummary>of(u -> getTranslation("admin.users.edit", u.displayName()), this::openEditor))
                .setHeader(getTranslation("admin.actions")).setKey("edit")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> users.page(search.getValue(), Paging.of(query)).stream(),
                query -> users.count(search.getValue()));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setEmptyStateText(getTranslation("admin.users.none"));
        grid.setId("users-grid");
        grid.setSizeFull();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void openEditor(UserSummary user) {
        new UserEditorDialog(users, regions, user, () -> grid.getDataProvider().refreshAll()).open();
    }
}
