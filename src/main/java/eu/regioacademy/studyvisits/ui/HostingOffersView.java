package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.SignedInUser;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.NativeSelect;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.platform.ui.TopicLabels;
import eu.regioacademy.studyvisits.HostingOffer;
import eu.regioacademy.studyvisits.HostingOfferService;
import eu.regioacademy.studyvisits.OfferFilter;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The hosting catalogue: good practice regions offer to show, searchable, with "request a visit". */
@Route(value = "hosting-offers", layout = MainLayout.class)
@PermitAll
public class HostingOffersView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<String> theme = FilterFields.theme(this);
    final ComboBox<Region> region;
    final NativeSelect<Locale> language = FilterFields.language(this);
    final Grid<HostingOffer> grid = new Grid<>();
    private final HostingOfferService offers;
    private final RegionService regions;
    private final SignedInUser user;

    public HostingOffersView(HostingOfferService offers, RegionService regions, CurrentUser currentUser) {
        this.offers = offers;
        this.regions = regions;
        this.region = FilterFields.hostRegion(this, regions.all());
        this.user = currentUser.require();
        addClassNames("view", "hosting-offers-view");
        search.setPlaceholder(getTranslation("offers.search"));
        search.setAriaLabel(getTranslation("offers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        theme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        language.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(search, theme, region, language);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("filters");
        if (user.has(Role.COORDINATOR) || user.has(Role.SECRETARIAT)) {
            Button publish = new Button(getTranslation("offers.publish"), VaadinIcon.PLUS.create(), e -> publishDialog());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(publish);
        }

        grid.addColumn(HostingOffer::region).setHeader(getTranslation("visits.host-region")).setFlexGrow(2);
        grid.addColumn(HostingOffer::title).setHeader(getTranslation("visits.column.title")).setFlexGrow(4);
        grid.addColumn(o -> TopicLabels.label(this, o.theme())).setHeader(getTranslation("visits.theme"));
        grid.addColumn(o -> String.join(", ", o.languages().stream().map(l -> l.toUpperCase(Locale.ROOT)).toList()))
                .setHeader(getTranslation("visits.language"));
        grid.addColumn(HostingOffer::preferredPeriods).setHeader(getTranslation("offers.periods")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(o ->
                new Paragraph(o.whatVisitorsSee())));
        grid.setItems(query -> offers.search(filter(), Paging.of(query)).stream(), query -> offers.count(filter()));
        grid.setEmptyStateText(getTranslation("offers.empty"));
        grid.addClassName("fill");
        Paragraph intro = new Paragraph(getTranslation("offers.intro"));
        intro.addClassName("muted");
        add(intro, filters, grid);
    }

    OfferFilter filter() {
        return new OfferFilter(search.getValue(), theme.getValue(), region.getValue() == null ? null : region.getValue().id(),
                language.getValue() == null ? null : language.getValue().getLanguage());
    }

    private Div actions(HostingOffer offer) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        Button request = new Button(getTranslation("offers.request"), VaadinIcon.ENVELOPE_O.create(), e -> requestDialog(offer));
        request.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(request);
        if (offers.canPublishFor(offer.regionId())) {
            Button withdraw = new Button(getTranslation("offers.withdraw"), e -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("offers.withdraw"),
                        getTranslation("offers.withdraw.text", offer.title()), getTranslation("offers.withdraw"),
                        ok -> Attempt.run(this, () -> offers.withdraw(offer.id()), "offers.withdrawn",
                                () -> grid.getDataProvider().refreshAll()));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.open();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        return actions;
    }

    private void requestDialog(HostingOffer offer) {
        Dialog dialog = new Dialog(getTranslation("offers.request.title", offer.region()));
        DatePicker from = new DatePicker(getTranslation("editor.starts-on"));
        DatePicker to = new DatePicker(getTranslation("editor.ends-on"));
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && to.isEmpty()) to.setValue(e.getValue().plusDays(2));
        });
        TextArea message = new TextArea(getTranslation("offers.request.message"));
        message.setHelperText(getTranslation("offers.request.message.help"));
        message.setWidthFull();
        message.setMaxLength(4000);
        FieldErrors errors = new FieldErrors(this).bind("startsOn", from).bind("endsOn", to).bind("message", message);
        Button send = new Button(getTranslation("offers.request.send"), e -> {
            if (from.isEmpty() || to.isEmpty()) {
                from.setInvalid(from.isEmpty());
                to.setInvalid(to.isEmpty());
                from.setErrorMessage(getTranslation("visit.error.dates-required"));
                to.setErrorMessage(getTranslation("visit.error.dates-required"));
                return;
            }
            long[] visit = new long[1];
            if (errors.attempt(() -> visit[0] = offers.requestVisit(offer.id(), from.getValue(), to.getValue(),
                    message.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("offers.requested"));
                getUI().ifPresent(ui -> ui.navigate("study-visits/" + visit[0]));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(offer.title()), new Div(from, to), message);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void publishDialog() {
        Dialog dialog = new Dialog(getTranslation("offers.publish"));
        ComboBox<Region> host = new ComboBox<>(getTranslation("visits.host-region"));
        host.setItems(regions.all());
        host.setItemLabelGenerator(Region::name);
        host.getListDataView().getItems().filter(r -> r.id() == user.regionId()).findFirst().ifPresent(host::setValue);
        host.setReadOnly(!user.has(Role.SECRETARIAT));
        ComboBox<String> topic = new ComboBox<>(getTranslation("visits.theme"));
        topic.setItems(Topics.ALL);
        topic.setItemLabelGenerator(t -> TopicLabels.label(this, t));
        TextField title = new TextField(getTranslation("editor.title"));
        title.setWidthFull();
        TextArea what = new TextArea(getTranslation("offers.what"));
        what.setWidthFull();
        com.vaadin.flow.component.combobox.MultiSelectComboBox<String> languages =
                new com.vaadin.flow.component.combobox.MultiSelectComboBox<>(getTranslation("editor.languages"));
        languages.setItems(VisitEditorView.WORKING_LANGUAGES);
        languages.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(getLocale()));
        TextField periods = new TextField(getTranslation("offers.periods"));
        periods.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("title", title).bind("theme", topic).bind("whatVisitorsSee", what)
                .bind("languages", languages).bind("preferredPeriods", periods);
        Button save = new Button(getTranslation("offers.publish"), e -> {
            if (errors.attempt(() -> offers.publish(new eu.regioacademy.studyvisits.HostingOfferDraft(
                    host.getValue() == null ? user.regionId() : host.getValue().id(),
                    topic.getValue() == null ? "" : topic.getValue(), title.getValue(), what.getValue(),
                    java.util.List.copyOf(languages.getValue()), periods.getValue())))) {
                dialog.close();
                Notifications.success(getTranslation("offers.published"));
                grid.getDataProvider().refreshAll();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(host, topic), title, what, languages, periods);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visits.hosting-catalogue") + " · " + getTranslation("app.name");
    }
}
