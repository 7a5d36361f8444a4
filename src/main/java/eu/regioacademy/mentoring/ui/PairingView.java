package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.regioacademy.mentoring.PairingDetails;
import eu.regioacademy.mentoring.PairingService;
import eu.regioacademy.mentoring.PairingStatus;
import eu.regioacademy.mentoring.SessionService;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.NotYours;
import eu.regioacademy.platform.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.function.Consumer;

/**
 * A pairing's page: for its two people, the whole working space (acceptance, agreement,
 * goals, sessions with private notes, the end); for coordinators and the secretariat, the
 * same page without the notes.
 */
@Route(value = "mentoring/pairings/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class PairingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PairingService pairings;
    private final SessionService sessions;
    private long id;
    private PairingDetails pairing;

    public PairingView(PairingService pairings, SessionService sessions) {
        this.pairings = pairings;
        this.sessions = sessions;
        addClassNames("view", "pairing-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        load();
    }

    private void load() {
        pairing = NotYours.orNotFound(() -> pairings.details(id));
        removeAll();
        add(header());
        if (pairing.status() == PairingStatus.PROPOSED && pairing.isParty()) add(acceptance());
        if (pairing.status() != PairingStatus.PROPOSED && pairing.status() != PairingStatus.DECLINED) {
            add(new AgreementPanel(pairing, pairings, this::load));
            add(new SessionsPanel(pairing, sessions, this::load));
        }
        if (pairing.status() == PairingStatus.ACTIVE && pairing.isParty()) add(closing());
        if ((pairing.status() == PairingStatus.COMPLETED || pairing.status() == PairingStatus.ENDED) && pairing.isParty()
                && !pairing.feedbackGiven()) {
            add(feedback());
        }
    }

    private Section header() {
        Section header = new Section();
        header.addClassName("pairing-header");
        Span status = new Span(getTranslation(pairing.status().translationKey()));
        status.addClassNames("status-badge", "pairing-" + pairing.status().name().toLowerCase());
        header.add(status, new H2(getTranslation("pairing.title", pairing.mentorName(), pairing.menteeName())),
                new Paragraph(getTranslation("pairing.mentor-line", pairing.mentorName(), pairing.mentorRegion(),
                        pairing.mentorTimeZone()) + " · " + getTranslation("pairing.mentee-line", pairing.menteeName(),
                        pairing.menteeRegion(), pairing.menteeTimeZone())),
                new Paragraph(getTranslation("pairing.mentee-goals", pairing.goals())));
        if (pairing.closedReason() != null) header.add(new Paragraph(getTranslation("pairing.closed-because", pairing.closedReason())));
        if (!pairing.isParty()) {
            Paragraph observer = new Paragraph(getTranslation("pairing.observer"));
            observer.addClassName("muted");
            header.add(observer);
        }
        return header;
    }

    private Section acceptance() {
        Section section = new Section(new H3(getTranslation("pairing.proposed.title")));
        boolean mine = pairing.party() == PairingDetails.Party.MENTOR ? pairing.mentorAcceptedAt() != null
                : pairing.menteeAcceptedAt() != null;
        if (mine) {
            section.add(new Paragraph(getTranslation("pairing.waiting-for-other")));
        } else {
            Button accept = new Button(getTranslation("pairing.accept"), e -> Attempt.run(this, () -> pairings.accept(id),
                    "pairing.accepted", this::load));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(new Paragraph(getTranslation("pairing.proposed.text")), accept);
        }
        Button decline = new Button(getTranslation("pairing.decline"),
                e -> reasonDialog("pairing.decline", reason -> pairings.decline(id, reason)));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        section.add(decline);
        return section;
    }

    private Section closing() {
        Section section = new Section(new H3(getTranslation("pairing.closing")));
        Button complete = new Button(getTranslation("pairing.complete"), e -> Attempt.run(this, () -> pairings.complete(id),
                "pairing.completed", this::load));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button end = new Button(getTranslation("pairing.end"), e -> reasonDialog("pairing.end", reason -> pairings.end(id, reason)));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        section.add(new Paragraph(getTranslation("pairing.closing.text")), new Div(complete, end));
        return section;
    }

    private Section feedback() {
        Section section = new Section(new H3(getTranslation("pairing.feedback")));
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("feedback.rating"));
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(r -> getTranslation("feedback.rating." + r));
        TextArea reached = new TextArea(getTranslation("pairing.goals-reached"));
        reached.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("rating", rating).bind("goalsReached", reached);
        Button send = new Button(getTranslation("feedback.send"), e -> {
            if (errors.attempt(() -> pairings.giveFeedback(id, rating.getValue() == null ? 0 : rating.getValue(),
                    reached.getValue()))) {
                Notifications.success(getTranslation("feedback.thanks"));
                load();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(rating, reached, send);
        return section;
    }

    private void reasonDialog(String titleKey, Consumer<String> action) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation("host.cancel.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        Button confirm = new Button(getTranslation(titleKey), e -> {
            if (errors.attempt(() -> action.accept(reason.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("pairing.updated"));
                load();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (pairing == null ? "" : getTranslation("pairing.title", pairing.mentorName(), pairing.menteeName()) + " · ")
                + getTranslation("app.name");
    }
}
