package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.studyvisits.AttendanceSheet;
import eu.regioacademy.studyvisits.VisitDetails;
import eu.regioacademy.studyvisits.VisitRecordService;
import eu.regioacademy.studyvisits.VisitStatus;
import java.time.LocalDate;
import java.time.ZoneId;

/** The attendance register, a tick per participant and day, and certificates for all attendees in one action. */
class AttendancePanel extends Div {

    final Grid<AttendanceSheet.Row> grid = new Grid<>();

    AttendancePanel(VisitDetails visit, VisitRecordService records, Runnable changed) {
        addClassName("attendance-panel");
        AttendanceSheet sheet = records.attendance(visit.id());
        add(new H3(getTranslation("attendance.title")));
        LocalDate today = LocalDate.now(ZoneId.of(visit.timeZone()));
        grid.addColumn(AttendanceSheet.Row::name).setHeader(getTranslation("host.applicant")).setFlexGrow(2);
        grid.addColumn(AttendanceSheet.Row::region).setHeader(getTranslation("host.applicant-region")).setFlexGrow(2);
        for (LocalDate day : sheet.days()) {
            grid.addComponentColumn(row -> {
                Checkbox present = new Checkbox(row.present().contains(day));
                present.setAriaLabel(getTranslation("attendance.present", row.name(), Dates.day(day)));
                present.setEnabled(!sheet.certificatesIssued() && !day.isAfter(today));
                boolean[] reverting = {false};
                present.addValueChangeListener(e -> {
                    if (reverting[0]) return;
                    if (!Attempt.run(this, () -> records.setAttendance(row.applicationId(), day, e.getValue()))) {
                        reverting[0] = true;
                        present.setValue(e.getOldValue());
                        reverting[0] = false;
                    }
                });
                return present;
            }).setHeader(Dates.day(day)).setKey(day.toString()).setFlexGrow(1);
        }
        grid.addComponentColumn(row -> row.certificateCode() == null ? new Span()
                : new Anchor("certificates/" + row.certificateCode() + ".pdf", row.certificateCode()))
                .setHeader(getTranslation("attendance.certificate"));
        grid.setItems(sheet.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("attendance.empty"));
        add(grid);
        if (sheet.certificatesIssued()) {
            add(new Paragraph(getTranslation("attendance.certificates-issued")));
        } else if (visit.status() == VisitStatus.COMPLETED) {
            Button issue = new Button(getTranslation("attendance.issue"), VaadinIcon.DIPLOMA.create(), e -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("attendance.issue"),
                        getTranslation("attendance.issue.text"), getTranslation("attendance.issue.confirm"),
                        ok -> Attempt.run(this, () -> records.issueCertificates(visit.id()), "attendance.issued", changed));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.open();
            });
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(issue);
        } else {
            Paragraph hint = new Paragraph(getTranslation("attendance.hint"));
            hint.addClassName("muted");
            add(hint);
        }
    }
}
