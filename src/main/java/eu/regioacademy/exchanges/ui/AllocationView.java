package eu.regioacademy.exchanges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.regioacademy.exchanges.AllocationService;
import eu.regioacademy.exchanges.ExchangeAllocation;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.NotYours;
import eu.regioacademy.platform.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.Currency;

/**
 * An exchange placement's page for the participant, the host supervisor, both regions'
 * coordinators and the secretariat: learning agreement, weekly log, grant estimate, reports
 * and the recognition certificate.
 */
@Route(value = "exchanges/allocations/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class AllocationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AllocationService allocations;
    private long id;
    private ExchangeAllocation a;

    public AllocationView(AllocationService allocations) {
        this.allocations = allocations;
        addClassNames("view", "allocation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        load();
    }

    private void load() {
        a = NotYours.orNotFound(() -> allocations.details(id));
        removeAll();
        add(new H2(a.department() + " · " + a.hostRegion()),
                new Paragraph(getTranslation("exchange.who", a.participantName(), a.sendingRegion(), a.supervisorName(),
                        Dates.dayRange(a.startsOn(), a.endsOn()))),
                grant(), agreement(), logs(), reports());
    }

    private Section grant() {
        Section section = new Section(new H3(getTranslation("exchange.grant")));
        if (a.grant() == null) {
            section.add(new Paragraph(getTranslation(a.grantProblemKey() == null ? "grant.error.unknown-country" : a.grantProblemKey())));
            return section;
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(getLocale());
        money.setCurrency(Currency.getInstance("EUR"));
        section.add(new Paragraph(getTranslation("exchange.grant.subsistence", a.grant().days(), money.format(a.grant().dailyRate()),
                        money.format(a.grant().subsistence()))),
                new Paragraph(getTranslation("exchange.grant.travel", a.grant().distanceKm(), money.format(a.grant().travel()))),
                new Paragraph(getTranslation("visit.estimate.total", money.format(a.grant().total()))),
                new Paragraph(getTranslation("visit.estimate.note")));
        return section;
    }

    private Section agreement() {
        Section section = new Section(new H3(getTranslation("exchange.agreement")));
        ExchangeAllocation.Agreement ag = a.agreement();
        if (ag != null) {
            section.add(new Paragraph(getTranslation("exchange.objectives", ag.objectives())),
                    new Paragraph(getTranslation("exchange.tasks", ag.tasks())));
            UnorderedList who = new UnorderedList(
                    new ListItem(getTranslation("exchange.accepted.participant", a.participantName(),
                            ag.participantAcceptedAt() == null ? getTranslation("agreement.not-yet") : Dates.dateTime(ag.participantAcceptedAt()))),
                    new ListItem(getTranslation("exchange.accepted.supervisor", ag.supervisorAcceptedBy() == null ? "—" : ag.supervisorAcceptedBy(),
                            ag.supervisorAcceptedAt() == null ? getTranslation("agreement.not-yet") : Dates.dateTime(ag.supervisorAcceptedAt()))),
                    new ListItem(getTranslation("exchange.accepted.coordinator", ag.coordinatorAcceptedBy() == null ? "—" : ag.coordinatorAcceptedBy(),
                            ag.coordinatorAcceptedAt() == null ? getTranslation("agreement.not-yet") : Dates.dateTime(ag.coordinatorAcceptedAt()))));
            section.add(who);
            if (a.is(ExchangeAllocation.Role.PARTICIPANT) || a.is(ExchangeAllocation.Role.SUPERVISOR)
                    || a.is(ExchangeAllocation.Role.SENDING_COORDINATOR)) {
                Button accept = new Button(getTranslation("agreement.accept"),
                        e -> Attempt.run(this, () -> allocations.acceptAgreement(id), "agreement.accepted", this::load));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                section.add(accept);
            }
        } else {
            section.add(new Paragraph(getTranslation("exchange.agreement.none")));
        }
        if (a.is(ExchangeAllocation.Role.PARTICIPANT)) {
            TextArea objectives = new TextArea(getTranslation("exchange.objectives-label"));
            TextArea tasks = new TextArea(getTranslation("exchange.tasks-label"));
            objectives.setWidthFull();
            tasks.setWidthFull();
            if (ag != null) {
                objectives.setValue(ag.objectives());
                tasks.setValue(ag.tasks());
            }
            FieldErrors errors = new FieldErrors(this).bind("objectives", objectives).bind("tasks", tasks);
            Button save = new Button(getTranslation("exchange.agreement.save"), e -> {
                if (errors.attempt(() -> allocations.draftAgreement(id, objectives.getValue(), tasks.getValue()))) {
                    Notifications.success(getTranslation("exchange.agreement.saved"));
                    load();
                }
            });
            section.add(new Paragraph(getTranslation("exchange.agreement.reopen")), objectives, tasks, save);
        }
        return section;
    }

    private Section logs() {
        Section section = new Section(new H3(getTranslation("exchange.log")));
        for (ExchangeAllocation.LogEntry entry : a.logs()) {
            Div item = new Div(new Paragraph(getTranslation("exchange.week-of", Dates.day(entry.weekOf())) + ": " + entry.entry()));
            if (entry.supervisorComment() != null) item.add(new Paragraph(getTranslation("exchange.supervisor-said", entry.supervisorComment())));
            else if (a.is(ExchangeAllocation.Role.SUPERVISOR)) {
                TextField comment = new TextField();
                comment.setAriaLabel(getTranslation("exchange.comment"));
                comment.setPlaceholder(getTranslation("exchange.comment"));
                item.add(comment, new Button(getTranslation("exchange.comment"), e -> Attempt.run(this,
                        () -> allocations.commentLog(id, entry.id(), comment.getValue()), "exchange.commented", this::load)));
            }
            section.add(item);
        }
        if (a.is(ExchangeAllocation.Role.PARTICIPANT)) {
            DatePicker week = new DatePicker(getTranslation("exchange.week"));
            TextArea entry = new TextArea(getTranslation("exchange.log-entry"));
            entry.setWidthFull();
            FieldErrors errors = new FieldErrors(this).bind("weekOf", week).bind("entry", entry);
            section.add(week, entry, new Button(getTranslation("exchange.log-add"), e -> {
                if (week.isEmpty()) {
                    week.setInvalid(true);
                    week.setErrorMessage(getTranslation("visit.error.dates-required"));
                } else if (errors.attempt(() -> allocations.addLog(id, week.getValue(), entry.getValue()))) {
                    Notifications.success(getTranslation("exchange.log-added"));
                    load();
                }
            }));
        }
        return section;
    }

    private Section reports() {
        Section section = new Section(new H3(getTranslation("exchange.reports")));
        if (a.tasksDone() != null) {
            section.add(new Paragraph(getTranslation("exchange.tasks-done", a.tasksDone())),
                    new Paragraph(getTranslation("exchange.skills", a.skillsGained())));
        } else if (a.is(ExchangeAllocation.Role.PARTICIPANT)) {
            TextArea done = new TextArea(getTranslation("exchange.tasks-done-label"));
            TextArea skills = new TextArea(getTranslation("exchange.skills-label"));
            done.setWidthFull();
            skills.setWidthFull();
            section.add(done, skills, new Button(getTranslation("exchange.report-send"), e -> Attempt.run(this,
                    () -> allocations.submitReport(id, done.getValue(), skills.getValue()), "exchange.report-sent", this::load)));
        }
        if (a.evaluation() != null) {
            section.add(new Paragraph(getTranslation("exchange.evaluation", a.evaluation())));
        } else if (a.is(ExchangeAllocation.Role.SUPERVISOR)) {
            TextArea evaluation = new TextArea(getTranslation("exchange.evaluation-label"));
            evaluation.setWidthFull();
            section.add(evaluation, new Button(getTranslation("exchange.evaluate"), e -> Attempt.run(this,
                    () -> allocations.evaluate(id, evaluation.getValue()), "exchange.evaluated", this::load)));
        }
        if (a.tasksDone() != null && a.evaluation() != null) {
            String notYet = getTranslation("agreement.not-yet");
            section.add(new Paragraph(getTranslation("exchange.signatures", a.sendingRegion(),
                    a.sendingSignature() == null ? notYet : a.sendingSignature(), a.hostRegion(),
                    a.hostSignature() == null ? notYet : a.hostSignature())));
            boolean canSignSending = a.is(ExchangeAllocation.Role.SENDING_COORDINATOR) && a.sendingSignature() == null;
            boolean canSignHost = (a.is(ExchangeAllocation.Role.HOST_COORDINATOR) || a.is(ExchangeAllocation.Role.SUPERVISOR))
                    && a.hostSignature() == null;
            if (canSignSending || canSignHost) {
                Button sign = new Button(getTranslation("exchange.sign"), e -> Attempt.run(this,
                        () -> allocations.signRecognition(id), "exchange.signed", this::load));
                sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                section.add(sign);
            }
        }
        if (a.certificateCode() != null) {
            section.add(new Anchor("certificates/" + a.certificateCode() + ".pdf", getTranslation("exchange.recognition")));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return (a == null ? "" : a.department() + " · ") + getTranslation("app.name");
    }
}
