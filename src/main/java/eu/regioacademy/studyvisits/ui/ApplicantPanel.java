package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.studyvisits.MyApplication;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitDetails;
import eu.regioacademy.studyvisits.VisitRecordService;
import eu.regioacademy.studyvisits.VisitStatus;
import java.util.Locale;

/** The viewer's own part of a visit: apply, follow the application, confirm, and after the visit, feedback. */
class ApplicantPanel extends Section {

    private final VisitDetails visit;
    private final VisitApplicationService applications;
    private final VisitRecordService records;
    private final Runnable changed;

    ApplicantPanel(VisitDetails visit, VisitApplicationService applications, VisitRecordService records, Runnable changed) {
        this.visit = visit;
        this.applications = applications;
        this.records = records;
        this.changed = changed;
        addClassName("applicant-panel");
        MyApplication mine = visit.mine();
        if (mine == null) {
            add(new H3(getTranslation("application.apply.title")));
            if (visit.applicationsOpen()) add(applyForm());
            else add(new Paragraph(getTranslation(visit.status() == VisitStatus.DRAFT ? "application.not-open-yet"
                    : "application.closed")));
        } else {
            add(new H3(getTranslation("application.yours")));
            status(mine);
        }
    }

    private Div applyForm() {
        TextArea motivation = new TextArea(getTranslation("application.motivation"));
        motivation.setHelperText(getTranslation("application.motivation.help"));
        motivation.setRequiredIndicatorVisible(true);
        motivation.setMaxLength(4000);
        motivation.addClassName("motivation");
        TextArea takeHome = new TextArea(getTranslation("application.take-home"));
        takeHome.setHelperText(getTranslation("application.take-home.help"));
        takeHome.setMaxLength(4000);
        takeHome.addClassName("take-home");
        FieldErrors errors = new FieldErrors(this).bind("motivation", motivation).bind("takeHome", takeHome);
        Button apply = new Button(getTranslation("application.apply"), VaadinIcon.PAPERPLANE.create());
        apply.addClickListener(e -> {
            try {
                if (errors.attempt(() -> applications.apply(visit.id(), motivation.getValue(), takeHome.getValue()))) {
                    Notifications.success(getTranslation("application.applied"));
                    changed.run();
                }
            } finally {
                // also after a failure (the database was unreachable): the user may simply try again
                apply.setEnabled(true);
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        Paragraph how = new Paragraph(getTranslation("application.how-it-works"));
        how.addClassName("muted");
        Div form = new Div(how, motivation, takeHome, apply);
        form.addClassName("apply-form");
        return form;
    }

    private void status(MyApplication mine) {
        Div line = new Div(StatusBadge.of(mine.status(), getTranslation(mine.status().translationKey())),
                new Paragraph(getTranslation("application.explain." + mine.status().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), mine.waitlistRank() == null ? 0 : mine.waitlistRank())));
        line.addClassName("application-status");
        add(line);
        if (mine.endorsementComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("application.coordinator-said", mine.endorsementComment()));
            comment.addClassName("muted");
            add(comment);
        }
        Div actions = new Div();
        actions.addClassName("actions");
        if (mine.canConfirm()) {
            Button confirm = new Button(getTranslation("application.confirm"), VaadinIcon.CHECK.create(),
                    e -> act(() -> applications.confirm(mine.id()), "application.confirmed"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        if (mine.certificateCode() != null) {
            Anchor certificate = new Anchor("certificates/" + mine.certificateCode() + ".pdf",
                    getTranslation("application.certificate"), com.vaadin.flow.component.html.AnchorTarget.BLANK);
            certificate.addClassName("certificate-link");
            actions.add(VaadinIcon.DIPLOMA.create(), certificate);
        } else if (mine.status().holdsPlace() && visit.status() != VisitStatus.COMPLETED) {
            Anchor ics = new Anchor("calendar/study-visits/" + visit.id() + ".ics", getTranslation("application.calendar"));
            ics.getElement().setAttribute("download", true);
            ics.addClassName("calendar-link");
            actions.add(ics);
        }
        if (mine.canWithdraw()) {
            Button withdraw = new Button(getTranslation("application.withdraw"), e -> {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("application.withdraw.title"),
                        getTranslation("application.withdraw.text"), getTranslation("application.withdraw"),
                        ok -> act(() -> applications.withdraw(mine.id()), "application.withdrawn"));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.open();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        add(actions);
        if (mine.canGiveFeedback()) add(feedbackForm(mine));
        else if (mine.feedbackGiven()) add(new Paragraph(getTranslation("feedback.thanks")));
        if (mine.canAnswerFollowUp()) add(followUpForm(mine));
        else if (mine.followUpAnswered()) add(new Paragraph(getTranslation("follow-up.thanks")));
    }

    private Div feedbackForm(MyApplication mine) {
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("feedback.rating"));
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(r -> getTranslation("feedback.rating." + r));
        rating.setRequiredIndicatorVisible(true);
        TextArea learned = new TextArea(getTranslation("feedback.learned"));
        learned.setMaxLength(4000);
        TextArea willApply = new TextArea(getTranslation("feedback.will-apply"));
        willApply.setMaxLength(4000);
        FieldErrors errors = new FieldErrors(this).bind("rating", rating).bind("learned", learned).bind("willApply", willApply);
        Button send = new Button(getTranslation("feedback.send"), e -> {
            if (errors.attempt(() -> records.giveFeedback(mine.id(), rating.getValue() == null ? 0 : rating.getValue(),
                    learned.getValue(), willApply.getValue()))) {
                Notifications.success(getTranslation("feedback.thanks"));
                changed.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("feedback.title")), rating, learned, willApply, send);
        form.addClassName("feedback-form");
        return form;
    }

    private Div followUpForm(MyApplication mine) {
        TextArea applied = new TextArea(getTranslation("follow-up.applied"));
        applied.setHelperText(getTranslation("follow-up.applied.help"));
        applied.setMaxLength(4000);
        FieldErrors errors = new FieldErrors(this).bind("applied", applied);
        Button send = new Button(getTranslation("follow-up.send"), e -> {
            if (errors.attempt(() -> records.answerFollowUp(mine.id(), applied.getValue()))) {
                Notifications.success(getTranslation("follow-up.thanks"));
                changed.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("follow-up.title")), new Paragraph(getTranslation("follow-up.intro")),
                applied, send);
        form.addClassName("follow-up-form");
        return form;
    }

    private void act(Runnable action, String successKey) {
        Attempt.run(this, action, successKey, changed);
    }
}
