package eu.regioacademy.exchanges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.exchanges.AllocationService;
import eu.regioacademy.exchanges.ExchangeApplication;
import eu.regioacademy.exchanges.ExchangeCall;
import eu.regioacademy.exchanges.ExchangeService;
import eu.regioacademy.exchanges.Placement;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.SignedInUser;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Staff exchanges: calls and their placements, applying with a ranked preference, one's own placements. */
@Route(value = "exchanges", layout = MainLayout.class)
@Menu(title = "nav.exchanges", icon = "vaadin:exchange", order = 4)
@PermitAll
public class ExchangesView extends Main implements HasDynamicTitle {

    private final ExchangeService exchanges;
    private final AllocationService allocations;
    private final SignedInUser user;

    public ExchangesView(ExchangeService exchanges, AllocationService allocations, CurrentUser currentUser) {
        this.exchanges = exchanges;
        this.allocations = allocations;
        this.user = currentUser.require();
        addClassNames("view", "exchanges-view");
        render();
    }

    private void render() {
        removeAll();
        Div actions = new Div();
        actions.addClassName("view-actions");
        if (user.has(Role.SECRETARIAT)) {
            Button open = new Button(getTranslation("exchange.open-call"), e -> CallDialog.open(this, exchanges, this::render));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        add(actions, mine());
        if (user.has(Role.COORDINATOR)) add(endorsements());
        List<ExchangeCall> calls = exchanges.calls(getLocale().getLanguage());
        if (calls.isEmpty()) add(new Paragraph(getTranslation("exchange.no-calls")));
        calls.forEach(call -> add(call(call)));
    }

    private Section mine() {
        Section section = new Section(new H3(getTranslation("exchange.mine")));
        var placements = allocations.mine();
        placements.forEach(a -> section.add(new Div(new Anchor("exchanges/allocations/" + a.id(),
                a.department() + " · " + a.hostRegion() + " · " + Dates.dayRange(a.startsOn(), a.endsOn())))));
        List<ExchangeApplication> applications = exchanges.myApplications();
        applications.forEach(a -> section.add(new Paragraph(getTranslation("exchange.my-application", a.rank(), a.department(),
                a.hostRegion(), getTranslation(a.status().translationKey())))));
        if (placements.isEmpty() && applications.isEmpty()) section.add(new Paragraph(getTranslation("exchange.nothing-yet")));
        return section;
    }

    private Section endorsements() {
        Section section = new Section(new H3(getTranslation("exchange.to-endorse")));
        List<ExchangeApplication> pending = exchanges.toEndorse();
        if (pending.isEmpty()) section.add(new Paragraph(getTranslation("endorsements.empty")));
        for (ExchangeApplication a : pending) {
            TextArea comment = new TextArea();
            comment.setPlaceholder(getTranslation("endorsements.comment"));
            comment.setAriaLabel(getTranslation("endorsements.comment"));
            Button endorse = new Button(getTranslation("endorsements.endorse"), e -> Attempt.run(this,
                    () -> exchanges.endorse(a.id(), true, comment.getValue()), "endorsements.done", this::render));
            endorse.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button decline = new Button(getTranslation("endorsements.decline"), e -> Attempt.run(this,
                    () -> exchanges.endorse(a.id(), false, comment.getValue()), "endorsements.done", this::render));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Div row = new Div(new H4(a.applicantName() + " → " + a.department() + " (" + a.hostRegion() + ")"),
                    new Paragraph(a.motivation()), comment, new Div(endorse, decline));
            row.addClassName("endorsement-row");
            section.add(row);
        }
        return section;
    }

    private Section call(ExchangeCall call) {
        Section section = new Section(new H3(call.name()));
        section.addClassName("exchange-call");
        section.add(new Paragraph(call.description()),
                new Paragraph(getTranslation("exchange.call-dates", Dates.dayRange(call.applicationsOpen(), call.applicationsClose()),
                        Dates.dayRange(call.periodStarts(), call.periodEnds())) + " · "
                        + getTranslation("exchange.call-rules", call.minWeeks(), call.maxWeeks(), call.maxApplications())),
                new Paragraph(getTranslation(call.open() ? "exchange.call-open" : "exchange.call-closed")));
        Grid<Placement> grid = new Grid<>();
        grid.addColumn(Placement::hostRegion).setHeader(getTranslation("visits.host-region")).setFlexGrow(1);
        grid.addColumn(Placement::department).setHeader(getTranslation("exchange.department")).setFlexGrow(3);
        grid.addColumn(p -> String.join(", ", p.languages().stream().map(l -> l.toUpperCase(Locale.ROOT)).toList()))
                .setHeader(getTranslation("visits.language")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("visits.places-left", p.free(), p.places())).setHeader(getTranslation("visits.column.places"))
                .setAutoWidth(true);
        grid.addColumn(placementActions(call)).setKey("actions").setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> new Div(new Paragraph(p.work()),
                new Paragraph(getTranslation("exchange.supervisor", p.supervisorName(), Dates.dayRange(p.availableFrom(), p.availableUntil()))))));
        grid.setItems(exchanges.placements(call.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("exchange.no-placements"));
        section.add(grid);
        if (user.has(Role.COORDINATOR) || user.has(Role.SECRETARIAT)) {
            section.add(new Button(getTranslation("exchange.publish"), e -> PlacementDialog.open(this, exchanges, call, user, this::render)));
        }
        return section;
    }

    /**
     * The row's actions as a template the browser draws (a component per row cost each open tab its state nodes):
     * a real button and a link, shown on the same conditions as before; the apply event checks them again,
     * since the browser can call it for any row it was sent.
     */
    private LitRenderer<Placement> placementActions(ExchangeCall call) {
        return LitRenderer.<Placement>of("<div class=\"row-actions\">"
                        + "${item.apply ? html`<vaadin-button theme=\"primary small\" @click=\"${apply}\">${item.apply}</vaadin-button>` : ''}"
                        + "${item.allocate ? html`<a href=\"exchanges/placements/${item.id}\">${item.allocate}</a>` : ''}"
                        + "</div>")
                .withProperty("id", Placement::id)
                .withProperty("apply", p -> call.open() ? getTranslation("exchange.apply") : "")
                .withProperty("allocate", p -> mayAllocate(p) ? getTranslation("exchange.allocate") : "")
                .withFunction("apply", p -> {
                    if (call.open()) applyDialog(call, p);
                });
    }

    private boolean mayAllocate(Placement p) {
        return user.has(Role.SECRETARIAT) || (user.has(Role.COORDINATOR) && user.regionId() == p.hostRegionId());
    }

    private void applyDialog(ExchangeCall call, Placement p) {
        Dialog dialog = new Dialog(getTranslation("exchange.apply-to", p.department()));
        Select<Integer> rank = new Select<>();
        rank.setLabel(getTranslation("exchange.rank"));
        rank.setItems(IntStream.rangeClosed(1, call.maxApplications()).boxed().toList());
        rank.setValue(1);
        DatePicker from = new DatePicker(getTranslation("editor.starts-on"));
        DatePicker until = new DatePicker(getTranslation("editor.ends-on"));
        from.setMin(p.availableFrom());
        until.setMax(p.availableUntil());
        TextArea motivation = new TextArea(getTranslation("application.motivation"));
        motivation.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("rank", rank).bind("from", from).bind("until", until)
                .bind("motivation", motivation);
        Button send = new Button(getTranslation("application.apply"), e -> {
            if (errors.attempt(() -> exchanges.apply(p.id(), rank.getValue(), motivation.getValue(), from.getValue(),
                    until.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("exchange.applied"));
                render();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("exchange.apply-help", call.minWeeks(), call.maxWeeks(), call.maxApplications())),
                new Div(rank, from, until), motivation);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.exchanges") + " · " + getTranslation("app.name");
    }
}
