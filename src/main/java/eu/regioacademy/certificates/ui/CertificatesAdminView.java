package eu.regioacademy.certificates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.certificates.CertificateFilter;
import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Paging;
import jakarta.annotation.security.RolesAllowed;

/** The secretariat's certificate register: search, open, revoke, and download as a ZIP. */
@Route(value = "certificates-admin", layout = MainLayout.class)
@Menu(title = "nav.certificates-admin", icon = "vaadin:diploma", order = 6.7)
@RolesAllowed(Roles.SECRETARIAT)
public class CertificatesAdminView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Select<CertificateKind> kind = new Select<>();
    private final Select<Boolean> status = new Select<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<CertificateFacts> grid = new Grid<>();
    private final CertificateService certificates;

    public CertificatesAdminView(CertificateService certificates, RegionService regions) {
        this.certificates = certificates;
        addClassNames("view", "certificates-admin-view");
        search.setPlaceholder(getTranslation("certificates-admin.search"));
        search.setAriaLabel(getTranslation("certificates-admin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("16rem");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("certificates-admin.kind.any"));
        kind.setItems(CertificateKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("certificates-admin.kind.any") : getTranslation(k.translationKey()));
        kind.setAriaLabel(getTranslation("certificates-admin.kind"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("progress.status.any"));
        status.setItems(false, true);
        status.setItemLabelGenerator(r -> r == null ? getTranslation("progress.status.any")
                : getTranslation(r ? "certificates-admin.revoked" : "certificates-admin.valid"));
        status.setAriaLabel(getTranslation("training-admin.status"));
        region.setPlaceholder(getTranslation("progress.region.any"));
        region.setAriaLabel(getTranslation("user.region"));
        region.setItems(regions.all());
        region.setItemLabelGenerator(Region::name);
        region.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("certificates-admin.issued-from"));
        from.setAriaLabel(getTranslation("certificates-admin.issued-from"));
        from.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setPlaceholder(getTranslation("certificates-admin.issued-to"));
        to.setAriaLabel(getTranslation("certificates-admin.issued-to"));
        to.setLocale(getLocale());
        to.setClearButtonVisible(true);
        region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor zip = new Anchor(zipDownload(), getTranslation("certificates-admin.zip"));
        Button issue = new Button(getTranslation("certificates-admin.issue"), VaadinIcon.PLUS.create(),
                e -> new ManualIssueDialog(certificates, () -> grid.getDataProvider().refreshAll()).open());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(search, kind, status, region, from, to, zip, issue);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(CertificateFacts::holderName).setHeader(getTranslation("certificates-admin.holder")).setSortProperty("holderName")
                .setFlexGrow(2);
        grid.addColumn(CertificateFacts::title).setHeader(getTranslation("certificates-admin.achievement")).setSortProperty("title")
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation(c.kind().translationKey())).setHeader(getTranslation("certificates-admin.kind"));
        grid.addColumn(c -> Dates.date(c.issuedAt())).setHeader(getTranslation("certificates-admin.issued")).setSortProperty("issuedAt");
        grid.addColumn(c -> c.code().display()).setHeader(getTranslation("verify.code")).setAutoWidth(true);
        // templates drawn by the browser: a component (with its state nodes and listeners) per row cost every open tab
        grid.addColumn(LitRenderer.<CertificateFacts>of("<span theme=\"${item.badge}\">${item.state}</span>")
                        .withProperty("badge", c -> c.revoked() ? "badge error" : "badge success")
                        .withProperty("state", c -> getTranslation(c.revoked() ? "certificates-admin.revoked" : "certificates-admin.valid")))
                .setHeader(getTranslation("training-admin.status")).setKey("state").setAutoWidth(true);
        grid.addColumn(actions()).setKey("actions").setHeader(getTranslation("admin.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> certificates.search(filter(), Paging.of(query)).stream(), query -> certificates.count(filter()));
        grid.setEmptyStateText(getTranslation("certificates-admin.none"));
        grid.addClassName("fill");
        add(filters, grid);
    }

    CertificateFilter filter() {
        return new CertificateFilter(search.getValue(), kind.getValue(), status.getValue(), from.getValue(), to.getValue(),
                region.getValue() == null ? null : region.getValue().id());
    }

    /** The PDF link and the revoke button as before, as markup; revoking still opens the dialog, for valid ones only. */
    private LitRenderer<CertificateFacts> actions() {
        return LitRenderer.<CertificateFacts>of("<vaadin-horizontal-layout theme=\"spacing\">"
                        + "<a href=\"certificates/${item.code}.pdf\" router-ignore target=\"_blank\" aria-label=\"${item.open}\">"
                        + "<vaadin-icon icon=\"vaadin:file-text-o\"></vaadin-icon></a>"
                        + "<vaadin-button theme=\"tertiary error small\" ?disabled=\"${item.revoked}\" @click=\"${revoke}\">"
                        + "${item.revoke}</vaadin-button></vaadin-horizontal-layout>")
                .withProperty("code", c -> c.code().value())
                .withProperty("open", c -> getTranslation("certificates-admin.open", c.code().display()))
                .withProperty("revoked", CertificateFacts::revoked)
                .withProperty("revoke", c -> getTranslation("certificates-admin.revoke"))
                .withFunction("revoke", c -> {
                    if (!c.revoked()) new RevokeDialog(certificates, c, () -> grid.getDataProvider().refreshAll()).open();
                });
    }

    private DownloadHandler zipDownload() {
        return event -> {
            CertificateFilter[] current = new CertificateFilter[1];
            event.getSession().accessSynchronously(() -> current[0] = filter());
            event.setFileName("certificates.zip");
            event.setContentType("application/zip");
            certificates.writeZip(current[0], event.getOutputStream());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificates-admin") + " · " + getTranslation("app.name");
    }
}
