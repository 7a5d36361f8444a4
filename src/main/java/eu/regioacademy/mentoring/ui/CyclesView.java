package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.mentoring.Cycle;
import eu.regioacademy.mentoring.MatchMode;
import eu.regioacademy.mentoring.MatchPlan;
import eu.regioacademy.mentoring.MentoringCycleService;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secretariat's cycles and cycle-wide matching: an optimal assignment (best total score
 * or most mentees matched), previewed with each pair's score, adjusted by hand, then proposed.
 */
@Route(value = "mentoring/cycles", layout = MainLayout.class)
@RolesAllowed(Roles.SECRETARIAT)
public class CyclesView extends Main implements HasDynamicTitle {

    private final MentoringCycleService cycles;
    final Grid<Cycle> cycleGrid = new Grid<>();
    final Grid<MatchPlan.Planned> planGrid = new Grid<>();
    private final Map<Long, Long> choices = new HashMap<>();
    private final Paragraph summary = new Paragraph();
    private MatchPlan plan;

    public CyclesView(MentoringCycleService cycles) {
        this.cycles = cycles;
        addClassNames("view", "cycles-view");
        cycleGrid.addColumn(Cycle::name).setHeader(getTranslation("mentoring.cycle")).setFlexGrow(3);
        cycleGrid.addColumn(c -> Dates.dayRange(c.startsOn(), c.endsOn())).setHeader(getTranslation("visits.column.dates")).setFlexGrow(2);
        cycleGrid.addColumn(c -> getTranslation(c.open() ? "cycle.open" : "cycle.closed")).setHeader(getTranslation("host.status"));
        cycleGrid.addColumn(Cycle::requests).setHeader(getTranslation("cycle.requests"));
        cycleGrid.addColumn(Cycle::openRequests).setHeader(getTranslation("cycle.open-requests"));
        cycleGrid.addColumn(Cycle::pairings).setHeader(getTranslation("cycle.pairings"));
        cycleGrid.setItems(cycles.cycles());
        cycleGrid.setAllRowsVisible(true);
        add(new H3(getTranslation("mentoring.cycles")), cycleGrid, openForm(), matching());
    }

    private Div openForm() {
        TextField name = new TextField(getTranslation("cycle.name"));
        DatePicker from = new DatePicker(getTranslation("editor.starts-on"));
        DatePicker to = new DatePicker(getTranslation("editor.ends-on"));
        FieldErrors errors = new FieldErrors(this).bind("name", name).bind("endsOn", to);
        Button open = new Button(getTranslation("cycle.open-new"), e -> {
            if (from.isEmpty() || to.isEmpty()) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("visit.error.dates-required"));
                return;
            }
            if (errors.attempt(() -> cycles.openCycle(name.getValue(), from.getValue(), to.getValue()))) {
                Notifications.success(getTranslation("cycle.opened"));
                cycleGrid.setItems(cycles.cycles());
            }
        });
        Div form = new Div(name, from, to, open);
        form.addClassName("cycle-form");
        return form;
    }

    private Div matching() {
        Select<Cycle> cycle = new Select<>();
        cycle.setLabel(getTranslation("mentoring.cycle"));
        cycle.setItems(cycles.cycles().stream().filter(Cycle::open).toList());
        cycle.setItemLabelGenerator(Cycle::name);
        cycle.getListDataView().getItems().findFirst().ifPresent(cycle::setValue);
        RadioButtonGroup<MatchMode> mode = new RadioButtonGroup<>(getTranslation("matching.mode"));
        mode.setItems(MatchMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("matching.mode." + m.name().toLowerCase().replace('_', '-')));
        mode.setValue(MatchMode.MOST_MATCHED);
        Button preview = new Button(getTranslation("matching.preview"), e -> {
            if (cycle.getValue() == null) return;
            plan = cycles.plan(cycle.getValue().id(), mode.getValue());
            choices.clear();
            plan.pairs().forEach(p -> {
                if (p.mentorId() != null) choices.put(p.requestId(), p.mentorId());
            });
            planGrid.setItems(plan.pairs());
            updateSummary();
        });
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        planGrid.addColumn(p -> p.menteeName() + " (" + p.menteeRegion() + ")").setHeader(getTranslation("overview.mentee")).setFlexGrow(2);
        planGrid.addComponentColumn(this::mentorChoice).setHeader(getTranslation("overview.mentor")).setKey("mentor").setFlexGrow(2);
        planGrid.addColumn(p -> p.matched() ? String.valueOf(p.score()) : "—").setHeader(getTranslation("matching.score"));
        planGrid.addColumn(p -> p.matched() ? Reasons.text(this, getLocale(), p.reasons()) : getTranslation("matching.unmatched"))
                .setHeader(getTranslation("matching.why")).setFlexGrow(4);
        planGrid.setAllRowsVisible(true);
        planGrid.setEmptyStateText(getTranslation("matching.empty"));
        Button propose = new Button(getTranslation("matching.propose"), e -> {
            Map<Long, Long> settled = new LinkedHashMap<>(choices);
            int[] count = new int[1];
            Attempt.run(this, () -> count[0] = cycles.proposeAll(settled), "matching.proposed", () -> {
                planGrid.setItems();
                cycleGrid.setItems(cycles.cycles());
                summary.setText(getTranslation("matching.proposed-count", count[0]));
            });
        });
        propose.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H3(getTranslation("matching.title")), new Paragraph(getTranslation("matching.intro")),
                new Div(cycle, mode, preview), summary, planGrid, propose);
        box.addClassName("matching");
        return box;
    }

    private ComboBox<MatchPlan.Option> mentorChoice(MatchPlan.Planned p) {
        ComboBox<MatchPlan.Option> choice = new ComboBox<>();
        choice.setAriaLabel(getTranslation("overview.mentor"));
        choice.setItems(p.options());
        choice.setItemLabelGenerator(o -> o.mentorName() + " · " + o.score());
        choice.setClearButtonVisible(true);
        choice.setPlaceholder(getTranslation("matching.unmatched"));
        p.options().stream().filter(o -> o.mentorId() == (p.mentorId() == null ? -1 : p.mentorId())).findFirst()
                .ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (e.getValue() == null) choices.remove(p.requestId());
            else choices.put(p.requestId(), e.getValue().mentorId());
            updateSummary();
        });
        return choice;
    }

    private void updateSummary() {
        if (plan == null) return;
        int total = plan.pairs().stream().mapToInt(p -> p.options().stream()
                .filter(o -> o.mentorId() == choices.getOrDefault(p.requestId(), -1L)).mapToInt(MatchPlan.Option::score)
                .findFirst().orElse(0)).sum();
        summary.setText(getTranslation("matching.summary", choices.size(), plan.pairs().size(), total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.cycles") + " · " + getTranslation("app.name");
    }
}
