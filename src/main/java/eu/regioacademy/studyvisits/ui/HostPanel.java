package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.studyvisits.StudyVisitService;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitDetails;
import eu.regioacademy.studyvisits.VisitDraft;
import eu.regioacademy.studyvisits.VisitRecordService;
import eu.regioacademy.studyvisits.VisitStatus;
import java.util.List;
import java.util.Locale;

/** What the host (or the secretariat) does with a visit: move it on, select, take attendance, report. */
class HostPanel extends Section {

    private final VisitDetails visit;
    private final StudyVisitService visits;
    private final Runnable changed;

    HostPanel(VisitDetails visit, StudyVisitService visits, VisitApplicationService applications,
              VisitRecordService records, Runnable changed) {
        this.visit = visit;
        this.visits = visits;
        this.changed = changed;
        addClassName("host-panel");
        add(new H3(getTranslation("host.title")), lifeCycle());
        if (visit.status() != VisitStatus.DRAFT) add(new ApplicationsPanel(visit, applications, changed));
        if (visit.status() == VisitStatus.CONFIRMED || visit.status() == VisitStatus.COMPLETED) {
            add(new AttendancePanel(visit, records, changed));
        }
        if (visit.status() == VisitStatus.COMPLETED) add(new FeedbackSummary(records.feedback(visit.id())), reportForm());
    }

    private Div lifeCycle() {
        Div actions = new Div();
        actions.addClassNames("actions", "life-cycle");
        for (VisitStatus target : visit.status().next()) {
            String label = getTranslation("host.move." + target.name().toLowerCase(Locale.ROOT));
            Button move = new Button(label, e -> {
                if (target == VisitStatus.CANCELLED) cancelDialog();
                else Attempt.run(this, () -> visits.moveTo(visit.id(), target, null), "host.moved", changed);
            });
            if (target == VisitStatus.CANCELLED) move.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            else move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(move);
        }
        if (visit.status() != VisitStatus.COMPLETED && visit.status() != VisitStatus.CANCELLED) {
            actions.add(new Button(getTranslation("host.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("study-visits/" + visit.id() + "/edit"))));
        }
        Paragraph hint = new Paragraph(getTranslation("host.hint." + visit.status().name().toLowerCase(Locale.ROOT)));
        hint.addClassName("muted");
        actions.add(hint);
        return actions;
    }

    private void cancelDialog() {
        Dialog dialog = new Dialog(getTranslation("host.cancel.title"));
        TextArea reason = new TextArea(getTranslation("host.cancel.reason"));
        reason.setHelperText(getTranslation("host.cancel.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("host.move.cancelled"), e -> {
            if (errors.attempt(() -> visits.moveTo(visit.id(), VisitStatus.CANCELLED, reason.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("host.cancelled"));
                changed.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("host.cancel.text")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Div reportForm() {
        TextArea report = new TextArea(getTranslation("host.report"));
        report.setValue(visit.report() == null ? "" : visit.report());
        report.setMaxLength(4000);
        report.setWidthFull();
        TextField label = new TextField(getTranslation("host.material.label"));
        TextField url = new TextField(getTranslation("host.material.url"));
        url.setPlaceholder("https://");
        FieldErrors errors = new FieldErrors(this).bind("report", report).bind("materials", url);
        Button save = new Button(getTranslation("host.report.save"), e -> {
            List<VisitDraft.Material> materials = label.isEmpty() && url.isEmpty() ? List.of()
                    : List.of(new VisitDraft.Material(label.getValue(), url.getValue()));
            if (errors.attempt(() -> visits.saveReport(visit.id(), report.getValue(), materials))) {
                Notifications.success(getTranslation("host.report.saved"));
                changed.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div materials = new Div(label, url);
        materials.addClassName("material-fields");
        Div form = new Div(new H3(getTranslation("host.report.title")), report, materials, save);
        form.addClassName("report-form");
        return form;
    }
}
