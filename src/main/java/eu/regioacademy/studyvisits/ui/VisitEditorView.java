package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import eu.regioacademy.people.Region;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.platform.InvalidInputException;
import eu.regioacademy.platform.Topics;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.Role;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.security.SignedInUser;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.TopicLabels;
import eu.regioacademy.studyvisits.StudyVisitService;
import eu.regioacademy.studyvisits.VisitDetails;
import eu.regioacademy.studyvisits.VisitDraft;
import eu.regioacademy.studyvisits.VisitKind;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creating and editing a visit: facts, texts per language, agenda, cost rules, materials. */
@Route(value = "study-visits/new", layout = MainLayout.class)
@RouteAlias(value = "study-visits/:id([0-9]{1,18})/edit", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
public class VisitEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Languages staff of the network work in; the interface's six come first. */
    static final List<String> WORKING_LANGUAGES = List.of("en", "fr", "es", "it", "pt", "sv", "de", "nl", "el", "pl",
            "hr", "ro", "fi", "da", "et", "lv", "lt", "ga", "mt", "sl", "sk", "cs", "hu", "bg", "no");

    final Select<VisitKind> kind = new Select<>();
    final ComboBox<Region> hostRegion = new ComboBox<>();
    final TextField city = new TextField();
    final TextField venue = new TextField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final DateTimePicker deadline = new DateTimePicker();
    final IntegerField capacity = new IntegerField();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final BigDecimalField dailyAllowance = new BigDecimalField();
    final Map<String, TextField> titles = new LinkedHashMap<>();
    final Map<String, TextArea> descriptions = new LinkedHashMap<>();
    final RowsEditor<VisitDraft.AgendaItem> agenda;
    final RowsEditor<VisitDraft.TravelBand> bands;
    final RowsEditor<VisitDraft.Material> materials;
    private final StudyVisitService visits;
    private final SignedInUser user;
    private final FieldErrors errors = new FieldErrors(this);
    private @Nullable Long id;
    private int version;

    public VisitEditorView(StudyVisitService visits, RegionService regions, CurrentUser currentUser) {
        this.visits = visits;
        this.user = currentUser.require();
        addClassNames("view", "visit-editor");
        kind.setLabel(getTranslation("visits.kind"));
        kind.setItems(VisitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        hostRegion.setLabel(getTranslation("visits.host-region"));
        hostRegion.setItems(regions.all());
        hostRegion.setItemLabelGenerator(Region::name);
        hostRegion.setReadOnly(!user.has(Role.SECRETARIAT));
        city.setLabel(getTranslation("editor.city"));
        venue.setLabel(getTranslation("editor.venue"));
        startsOn.setLabel(getTranslation("editor.starts-on"));
        endsOn.setLabel(getTranslation("editor.ends-on"));
        deadline.setLabel(getTranslation("editor.deadline"));
        deadline.setHelperText(getTranslation("editor.deadline.help", Dates.zone().getId()));
        capacity.setLabel(getTranslation("editor.capacity"));
        capacity.setMin(1);
        capacity.setMax(500);
        capacity.setStepButtonsVisible(true);
        languages.setLabel(getTranslation("editor.languages"));
        languages.setItems(WORKING_LANGUAGES);
        languages.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(getLocale()));
        themes.setLabel(getTranslation("editor.themes"));
        themes.setItems(Topics.ALL);
        themes.setItemLabelGenerator(t -> TopicLabels.label(this, t));
        dailyAllowance.setLabel(getTranslation("editor.daily-allowance"));
        dailyAllowance.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        agenda = new RowsEditor<>(getTranslation("visit.agenda"), getTranslation("editor.agenda.add"), this::agendaRow);
        bands = new RowsEditor<>(getTranslation("editor.bands"), getTranslation("editor.bands.add"), this::bandRow);
        materials = new RowsEditor<>(getTranslation("visit.materials"), getTranslation("editor.materials.add"),
                this::materialRow);
        kind.addValueChangeListener(e -> {
            if (id == null && e.getValue() != null && e.getOldValue() != null) applyKindDefaults(e.getValue());
        });
        errors.bind("city", city).bind("venue", venue).bind("startsOn", startsOn).bind("endsOn", endsOn)
                .bind("applicationDeadline", deadline).bind("capacity", capacity).bind("workingLanguages", languages)
                .bind("themes", themes).bind("dailyAllowance", dailyAllowance).bind("hostRegion", hostRegion);

        FormLayout facts = new FormLayout(kind, hostRegion, city, venue, startsOn, endsOn, deadline, capacity,
                languages, themes, dailyAllowance);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, new Anchor("study-visits", getTranslation("action.cancel")));
        buttons.addClassName("actions");
        add(new H3(getTranslation("editor.facts")), facts, new H3(getTranslation("editor.texts")), texts(), agenda, bands,
                materials, buttons);
    }

    private TabSheet texts() {
        TabSheet sheet = new TabSheet();
        for (Locale language : Languages.SUPPORTED) {
            String code = language.getLanguage();
            TextField title = new TextField(getTranslation("editor.title"));
            title.setWidthFull();
            title.setMaxLength(300);
            TextArea description = new TextArea(getTranslation("editor.description"));
            description.setWidthFull();
            titles.put(code, title);
            descriptions.put(code, description);
            sheet.add(Languages.nativeName(language), new Div(title, description));
        }
        errors.bind("title", titles.get("en")).bind("description", descriptions.get("en"));
        return sheet;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var param = event.getRouteParameters().getLong("id");
        if (param.isPresent()) {
            VisitDetails details = visits.details(param.get(), getLocale().getLanguage())
                    .filter(VisitDetails::hostedByViewer).orElseThrow(NotFoundException::new);
            id = details.id();
            version = details.version();
            show(details.toDraft());
        } else {
            show(visits.defaults(VisitKind.STUDY_VISIT, user.regionId()));
        }
    }

    private void applyKindDefaults(VisitKind k) {
        capacity.setValue(k.defaultCapacity());
        if (startsOn.getValue() != null) endsOn.setValue(startsOn.getValue().plusDays(k.defaultDays() - 1L));
    }

    private void show(VisitDraft d) {
        kind.setValue(d.kind());
        hostRegion.getListDataView().getItems().filter(r -> r.id() == d.hostRegionId()).findFirst()
                .ifPresent(hostRegion::setValue);
        city.setValue(d.city());
        venue.setValue(d.venue());
        startsOn.setValue(d.startsOn());
        endsOn.setValue(d.endsOn());
        deadline.setValue(d.applicationDeadline() == null ? null
                : LocalDateTime.ofInstant(d.applicationDeadline(), Dates.zone()));
        capacity.setValue(d.capacity());
        languages.setValue(new LinkedHashSet<>(d.workingLanguages()));
        themes.setValue(new LinkedHashSet<>(d.themes()));
        dailyAllowance.setValue(d.dailyAllowance());
        d.texts().forEach((language, text) -> {
            if (titles.containsKey(language)) {
                titles.get(language).setValue(text.title());
                descriptions.get(language).setValue(text.description());
            }
        });
        agenda.setValues(d.agenda());
        bands.setValues(d.travelBands());
        materials.setValues(d.materials());
    }

    VisitDraft draft() {
        Map<String, VisitDraft.Text> texts = new LinkedHashMap<>();
        titles.forEach((language, title) -> {
            String description = descriptions.get(language).getValue();
            if (!title.isEmpty() || !description.isBlank()) texts.put(language, new VisitDraft.Text(title.getValue(), description));
        });
        return new VisitDraft(kind.getValue() == null ? VisitKind.STUDY_VISIT : kind.getValue(),
                hostRegion.getValue() == null ? user.regionId() : hostRegion.getValue().id(), city.getValue(),
                venue.getValue(), startsOn.getValue(), endsOn.getValue(),
                deadline.getValue() == null ? null : deadline.getValue().atZone(Dates.zone()).toInstant(),
                capacity.getValue() == null ? 0 : capacity.getValue(), List.copyOf(languages.getValue()),
                themes.getValue(), texts, dailyAllowance.getValue() == null ? BigDecimal.ZERO : dailyAllowance.getValue(),
                bands.values(), agenda.values(), materials.values());
    }

    private void save() {
        try {
            long saved;
            if (id == null) {
                saved = visits.create(draft());
            } else {
                visits.update(id, version, draft());
                saved = id;
            }
            Notifications.success(getTranslation("editor.saved"));
            getUI().ifPresent(ui -> ui.navigate("study-visits/" + saved));
        } catch (InvalidInputException e) {
            String other = errors.show(e);
            if (!other.isEmpty()) Notifications.error(other);
        } catch (eu.regioacademy.platform.ConcurrentChangeException e) {
            Notifications.error(getTranslation("error.concurrent-change"));
        }
    }

    private RowsEditor.Row<VisitDraft.AgendaItem> agendaRow(VisitDraft.@Nullable AgendaItem item) {
        DatePicker day = new DatePicker(getTranslation("editor.agenda.day"));
        TimePicker from = new TimePicker(getTranslation("editor.agenda.from"));
        TimePicker until = new TimePicker(getTranslation("editor.agenda.until"));
        TextField title = new TextField(getTranslation("editor.title"));
        TextField speaker = new TextField(getTranslation("editor.agenda.speaker"));
        TextField place = new TextField(getTranslation("editor.agenda.place"));
        if (item != null) {
            day.setValue(item.day());
            from.setValue(item.startsAt());
            until.setValue(item.endsAt());
            title.setValue(item.title());
            speaker.setValue(item.speaker());
            place.setValue(item.place());
        } else {
            day.setValue(startsOn.getValue());
            from.setValue(LocalTime.of(9, 0));
            until.setValue(LocalTime.of(10, 0));
        }
        Div line = new Div(day, from, until, title, speaker, place);
        line.addClassName("agenda-row");
        return row(line, () -> day.getValue() == null || from.getValue() == null || until.getValue() == null
                ? null : new VisitDraft.AgendaItem(day.getValue(), from.getValue(), until.getValue(), title.getValue(),
                speaker.getValue(), place.getValue()));
    }

    private RowsEditor.Row<VisitDraft.TravelBand> bandRow(VisitDraft.@Nullable TravelBand band) {
        IntegerField upTo = new IntegerField(getTranslation("editor.bands.up-to"));
        upTo.setSuffixComponent(new com.vaadin.flow.component.html.Span("km"));
        BigDecimalField amount = new BigDecimalField(getTranslation("editor.bands.amount"));
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        if (band != null) {
            upTo.setValue(band.upToKm());
            amount.setValue(band.amount());
        }
        Div line = new Div(upTo, amount);
        return row(line, () -> upTo.getValue() == null || amount.getValue() == null ? null
                : new VisitDraft.TravelBand(upTo.getValue(), amount.getValue()));
    }

    private RowsEditor.Row<VisitDraft.Material> materialRow(VisitDraft.@Nullable Material material) {
        TextField label = new TextField(getTranslation("host.material.label"));
        TextField url = new TextField(getTranslation("host.material.url"));
        url.setPlaceholder("https://");
        if (material != null) {
            label.setValue(material.label());
            url.setValue(material.url());
        }
        Div line = new Div(label, url);
        return row(line, () -> label.isEmpty() && url.isEmpty() ? null
                : new VisitDraft.Material(label.getValue(), url.getValue()));
    }

    private static <T> RowsEditor.Row<T> row(Component component, java.util.function.Supplier<@Nullable T> value) {
        return new RowsEditor.Row<>() {
            @Override
            public Component component() {
                return component;
            }

            @Override
            public @Nullable T get() {
                return value.get();
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "editor.new-title" : "editor.edit-title") + " · " + getTranslation("app.name");
    }
}
