package eu.regioacademy.platform.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditEntry;
import eu.regioacademy.platform.audit.AuditFilter;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Paging;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;

/** The admin reads the audit log: newest first, filtered by action, actor and days, paged in SQL. */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(title = "nav.audit", icon = "vaadin:records", order = 7.1)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Main implements HasDynamicTitle {

    final Select<AuditAction> action = new Select<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();

    public AuditView(AuditLog audit) {
        addClassNames("view", "audit-view");
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.action.any"));
        action.setItems(java.util.Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(a -> getTranslation(a.translationKey()))).toList());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.action.any") : getTranslation(a.translationKey()));
        action.setAriaLabel(getTranslation("audit.action"));
        actor.setPlaceholder(getTranslation("audit.actor.search"));
        actor.setAriaLabel(getTranslation("audit.actor.search"));
        actor.setPrefixComponent(VaadinIcon.SEARCH.create());
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        for (DatePicker day : new DatePicker[]{from, to}) {
            day.setLocale(getLocale());
            day.setClearButtonVisible(true);
        }
        from.setPlaceholder(getTranslation("audit.from"));
        from.setAriaLabel(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        to.setAriaLabel(getTranslation("audit.to"));
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(action, actor, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(e -> Dates.dateTime(e.occurredAt())).setHeader(getTranslation("audit.when"))
                .setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("audit.actor.system") : e.actorName())
                .setHeader(getTranslation("audit.actor")).setSortProperty("actor").setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.action().translationKey())).setHeader(getTranslation("audit.action"))
                .setSortProperty("action").setFlexGrow(2);
        grid.addColumn(e -> e.targetType() + (e.targetId() == null ? "" : " #" + e.targetId()))
                .setHeader(getTranslation("audit.target")).setSortProperty("target").setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        grid.setItems(query -> audit.search(filter(), Paging.of(query)).stream(), query -> audit.count(filter()));
        grid.setEmptyStateText(getTranslation("audit.none"));
        grid.addClassName("fill");
        add(filters, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(action.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
