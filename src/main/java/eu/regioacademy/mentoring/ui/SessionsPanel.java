package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.mentoring.MentorProfileDraft;
import eu.regioacademy.mentoring.PairingDetails;
import eu.regioacademy.mentoring.PairingStatus;
import eu.regioacademy.mentoring.SessionService;
import eu.regioacademy.mentoring.SessionStatus;
import eu.regioacademy.mentoring.SessionView;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.Notifications;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;

/**
 * Sessions, each shown in the viewer's time zone and in the other person's; proposing,
 * rescheduling, cancelling, marking held; private notes for the two people only.
 */
class SessionsPanel extends Section {

    private static final List<Integer> LENGTHS = List.of(30, 45, 60, 90, 120);

    private final PairingDetails pairing;
    private final SessionService sessions;
    private final Runnable changed;

    SessionsPanel(PairingDetails pairing, SessionService sessions, Runnable changed) {
        this.pairing = pairing;
        this.sessions = sessions;
        this.changed = changed;
        addClassName("sessions-panel");
        add(new H3(getTranslation("session.title")));
        if (pairing.sessions().isEmpty()) add(new Paragraph(getTranslation("session.none")));
        UnorderedList list = new UnorderedList();
        list.addClassName("session-list");
        pairing.sessions().forEach(s -> list.add(item(s)));
        add(list);
        if (pairing.isParty() && pairing.status() == PairingStatus.ACTIVE) add(availability(), proposeForm());
    }

    private ZoneId otherZone() {
        return ZoneId.of(pairing.party() == PairingDetails.Party.MENTOR ? pairing.menteeTimeZone() : pairing.mentorTimeZone());
    }

    private String when(Instant start, Instant end) {
        String mine = SessionTimes.inZone(start, end, Dates.zone(), getLocale());
        String theirs = pairing.isParty() ? SessionTimes.otherClock(start, Dates.zone(), otherZone(), getLocale()) : null;
        return theirs == null ? mine : getTranslation("session.when-both", mine, theirs, otherZone().getId());
    }

    private ListItem item(SessionView s) {
        Span when = new Span(when(s.startsAt(), s.endsAt()));
        when.addClassName("session-when");
        Span status = new Span(getTranslation(s.status().translationKey()));
        status.addClassNames("status-badge", "session-" + s.status().name().toLowerCase());
        ListItem item = new ListItem(when, status, new Span(" · " + s.location()));
        if (s.cancelReason() != null) item.add(new Paragraph(getTranslation("session.cancelled-because", s.cancelReason())));
        if (!pairing.isParty()) return item;
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (s.status() != SessionStatus.CANCELLED) {
            actions.add(new Anchor("calendar/mentoring-sessions/" + s.id() + ".ics", getTranslation("application.calendar")));
        }
        if (s.status() == SessionStatus.PLANNED && pairing.status() == PairingStatus.ACTIVE) {
            if (!s.startsAt().isAfter(Instant.now())) {
                Button held = new Button(getTranslation("session.mark-held"),
                        e -> Attempt.run(this, () -> sessions.markHeld(s.id()), "session.held", changed));
                held.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                actions.add(held);
            }
            Button move = new Button(getTranslation("session.reschedule"), e -> rescheduleDialog(s));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button cancel = new Button(getTranslation("session.cancel"), e -> cancelDialog(s));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(move, cancel);
        }
        item.add(actions);
        if (s.status() != SessionStatus.CANCELLED) item.add(notes(s));
        return item;
    }

    private Div notes(SessionView s) {
        TextArea notes = new TextArea(getTranslation("session.notes"));
        notes.setValue(s.notes() == null ? "" : s.notes());
        notes.setHelperText(getTranslation("session.notes.private"));
        notes.setWidthFull();
        TextArea actions = new TextArea(getTranslation("session.actions"));
        actions.setValue(s.agreedActions() == null ? "" : s.agreedActions());
        actions.setWidthFull();
        Button save = new Button(getTranslation("session.save-notes"), e -> Attempt.run(this,
                () -> sessions.saveNotes(s.id(), notes.getValue(), actions.getValue()), "session.notes-saved", () -> { }));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div box = new Div(notes, actions, save);
        box.addClassName("session-notes");
        return box;
    }

    private Div availability() {
        ZoneId mentorZone = ZoneId.of(pairing.mentorTimeZone());
        UnorderedList windows = new UnorderedList();
        for (MentorProfileDraft.Window w : pairing.availability()) {
            windows.add(new ListItem(w.day().getDisplayName(TextStyle.FULL, getLocale()) + " " + Dates.time(w.from()) + "–"
                    + Dates.time(w.until())));
        }
        Div box = new Div(new H4(getTranslation("session.availability", pairing.mentorName(), mentorZone.getId())), windows);
        box.addClassName("mentor-availability");
        return box;
    }

    private Div proposeForm() {
        DateTimePicker start = new DateTimePicker(getTranslation("session.start", Dates.zone().getId()));
        start.setStep(Duration.ofMinutes(15));
        Select<Integer> length = lengthSelect();
        TextField location = new TextField(getTranslation("session.location"));
        location.setPlaceholder(getTranslation("session.location.placeholder"));
        location.setWidth("24rem");
        FieldErrors errors = new FieldErrors(this).bind("start", start).bind("location", location).bind("length", length);
        Button propose = new Button(getTranslation("session.propose"), e -> {
            if (start.isEmpty()) {
                start.setInvalid(true);
                start.setErrorMessage(getTranslation("session.error.start-required"));
                return;
            }
            if (errors.attempt(() -> sessions.propose(pairing.id(), instant(start.getValue()),
                    Duration.ofMinutes(length.getValue()), location.getValue()))) {
                Notifications.success(getTranslation("session.proposed"));
                changed.run();
            }
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H4(getTranslation("session.propose-title")), start, length, location, propose);
        form.addClassName("session-form");
        return form;
    }

    private Select<Integer> lengthSelect() {
        Select<Integer> length = new Select<>();
        length.setLabel(getTranslation("session.length"));
        length.setItems(LENGTHS);
        length.setItemLabelGenerator(m -> getTranslation("session.minutes", m));
        length.setValue(60);
        return length;
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(Dates.zone()).toInstant();
    }

    private void rescheduleDialog(SessionView s) {
        Dialog dialog = new Dialog(getTranslation("session.reschedule"));
        DateTimePicker start = new DateTimePicker(getTranslation("session.start", Dates.zone().getId()));
        start.setStep(Duration.ofMinutes(15));
        start.setValue(LocalDateTime.ofInstant(s.startsAt(), Dates.zone()));
        Select<Integer> length = lengthSelect();
        length.setValue((int) Duration.between(s.startsAt(), s.endsAt()).toMinutes());
        TextField location = new TextField(getTranslation("session.location"));
        location.setValue(s.location());
        FieldErrors errors = new FieldErrors(this).bind("start", start).bind("location", location).bind("length", length);
        Button save = new Button(getTranslation("session.reschedule"), e -> {
            if (errors.attempt(() -> sessions.reschedule(s.id(), instant(start.getValue()),
                    Duration.ofMinutes(length.getValue()), location.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("session.rescheduled"));
                changed.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(start, length, location));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void cancelDialog(SessionView s) {
        Dialog dialog = new Dialog(getTranslation("session.cancel"));
        TextArea reason = new TextArea(getTranslation("host.cancel.reason"));
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation("session.cancel"), e -> {
            if (errors.attempt(() -> sessions.cancel(s.id(), reason.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("session.cancelled"));
                changed.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("session.cancel.text")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
