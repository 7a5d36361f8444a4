package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.mentoring.PairingDetails;
import eu.regioacademy.mentoring.PairingService;
import eu.regioacademy.mentoring.PairingStatus;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import java.util.ArrayList;
import java.util.List;

/** The mentoring agreement (goals, rhythm, end date) both accept, and the goals' progress. */
class AgreementPanel extends Section {

    private final PairingDetails pairing;
    private final PairingService pairings;
    private final Runnable changed;

    AgreementPanel(PairingDetails pairing, PairingService pairings, Runnable changed) {
        this.pairing = pairing;
        this.pairings = pairings;
        this.changed = changed;
        addClassName("agreement-panel");
        add(new H3(getTranslation("agreement.title")));
        PairingDetails.Agreement agreement = pairing.agreement();
        boolean editable = pairing.isParty() && pairing.status() == PairingStatus.ACTIVE;
        if (agreement == null) {
            add(new Paragraph(getTranslation("agreement.none")));
            if (editable) add(form());
            return;
        }
        add(new Paragraph(getTranslation("agreement.rhythm", agreement.meetingRhythm(), Dates.day(agreement.endsOn()))));
        add(new Paragraph(getTranslation("agreement.accepted-by",
                getTranslation(agreement.mentorAcceptedAt() == null ? "agreement.not-yet" : "agreement.yes"),
                getTranslation(agreement.menteeAcceptedAt() == null ? "agreement.not-yet" : "agreement.yes"))));
        add(goals(editable && agreement.accepted()));
        if (editable) {
            boolean mine = pairing.party() == PairingDetails.Party.MENTOR ? agreement.mentorAcceptedAt() != null
                    : agreement.menteeAcceptedAt() != null;
            Div actions = new Div();
            actions.addClassName("actions");
            if (!mine) {
                Button accept = new Button(getTranslation("agreement.accept"),
                        e -> Attempt.run(this, () -> pairings.acceptAgreement(pairing.id()), "agreement.accepted", changed));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(accept);
            }
            Button change = new Button(getTranslation("agreement.change"), e -> {
                removeAll();
                add(new H3(getTranslation("agreement.title")), new Paragraph(getTranslation("agreement.change.note")), form());
            });
            actions.add(change);
            add(actions);
        }
    }

    private OrderedList goals(boolean canUpdate) {
        OrderedList list = new OrderedList();
        list.addClassName("goal-list");
        for (PairingDetails.Goal goal : pairing.goalList()) {
            ProgressBar bar = new ProgressBar(0, 100, goal.progress());
            bar.getElement().setAttribute("aria-label", getTranslation("mentoring.goal-progress", goal.progress()));
            ListItem item = new ListItem(new Span(goal.text()), bar,
                    new Span(getTranslation("mentoring.goal-progress", goal.progress())
                            + (goal.progressNote() == null ? "" : " · " + goal.progressNote())));
            if (canUpdate) {
                IntegerField progress = new IntegerField();
                progress.setAriaLabel(getTranslation("agreement.progress"));
                progress.setValue(goal.progress());
                progress.setMin(0);
                progress.setMax(100);
                progress.setStepButtonsVisible(true);
                progress.setStep(10);
                progress.setSuffixComponent(new Span("%"));
                TextField note = new TextField();
                note.setPlaceholder(getTranslation("agreement.progress-note"));
                note.setAriaLabel(getTranslation("agreement.progress-note"));
                Button update = new Button(getTranslation("agreement.update"), e -> Attempt.run(this,
                        () -> pairings.updateGoal(pairing.id(), goal.id(), progress.getValue() == null ? -1 : progress.getValue(),
                                note.getValue()), "agreement.updated", changed));
                update.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Div editor = new Div(progress, note, update);
                editor.addClassName("goal-editor");
                item.add(editor);
            }
            list.add(item);
        }
        return list;
    }

    private Div form() {
        TextField rhythm = new TextField(getTranslation("agreement.rhythm-label"));
        rhythm.setPlaceholder(getTranslation("agreement.rhythm-placeholder"));
        rhythm.setWidthFull();
        DatePicker endsOn = new DatePicker(getTranslation("agreement.ends-on"));
        List<TextField> goalFields = new ArrayList<>();
        Div goals = new Div();
        for (int i = 0; i < 5; i++) {
            TextField goal = new TextField(getTranslation("agreement.goal", i + 1));
            goal.setWidthFull();
            goal.setMaxLength(1000);
            goalFields.add(goal);
            goals.add(goal);
        }
        PairingDetails.Agreement current = pairing.agreement();
        if (current != null) {
            rhythm.setValue(current.meetingRhythm());
            endsOn.setValue(current.endsOn());
            for (int i = 0; i < pairing.goalList().size() && i < 5; i++) goalFields.get(i).setValue(pairing.goalList().get(i).text());
        }
        goals.addClassName("goal-fields");
        FieldErrors errors = new FieldErrors(this).bind("rhythm", rhythm).bind("endsOn", endsOn).bind("goals", goalFields.getFirst());
        Button save = new Button(getTranslation("agreement.save"), e -> {
            if (errors.attempt(() -> pairings.saveAgreement(pairing.id(), rhythm.getValue(), endsOn.getValue(),
                    goalFields.stream().map(TextField::getValue).toList()))) {
                Notifications.success(getTranslation("agreement.saved"));
                changed.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new Paragraph(getTranslation("agreement.smart")), goals, rhythm, endsOn, save);
        form.addClassName("agreement-form");
        return form;
    }
}
