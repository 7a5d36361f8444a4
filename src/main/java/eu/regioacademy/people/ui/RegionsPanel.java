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
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.ui.Paging;
import org.jspecify.annotations.Nullable;

/** Member regions with their NUTS code, country and CPMR geographical commission. */
class RegionsPanel extends VerticalLayout {

    private final Grid<Region> grid = new Grid<>();
    private final TextField search = new TextField();
    private final RegionService regions;

    RegionsPanel(RegionService regions) {
        this.regions = regions;
        setPadding(false);
        setSizeFull();
        search.setPlaceholder(getTranslation("admin.regions.search"));
        search.setAriaLabel(getTranslation("admin.regions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("22rem");
        Button create = new Button(getTranslation("admin.regions.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addColumn(Region::nutsCode).setHeader(getTranslation("region.nuts-code")).setSortProperty("nutsCode")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Region::name).setHeader(getTranslation("region.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(Region::countryCode).setHeader(getTranslation("region.country")).setSortProperty("countryCode")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.commission().translationKey()))
                .setHeader(getTranslation("region.commission")).setSortProperty("commission").setFlexGrow(1);
        grid.addColumn(EditButtons.<Region>of(r -> getTranslation("admin.regions.edit", r.name()), this::openEditor))
                .setHeader(getTranslation("admin.actions")).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> regions.page(search.getValue(), Paging.of(query)).stream(),
                query -> regions.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("admin.regions.none"));
        grid.setId("regions-grid");
        grid.setSizeFull();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void openEditor(@Nullable Region region) {
        new RegionEditorDialog(regions, region, () -> grid.getDataProvider().refreshAll()).open();
    }
}
