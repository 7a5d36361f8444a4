package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.regioacademy.platform.ui.Attempt;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.studyvisits.HostApplication;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitDetails;

/** The host's selection desk: applicants with their coordinator's word, places, the ranked waiting list. */
class ApplicationsPanel extends Div {

    private final VisitApplicationService applications;
    private final Runnable changed;
    final Grid<HostApplication> grid = new Grid<>();

    ApplicationsPanel(VisitDetails visit, VisitApplicationService applications, Runnable changed) {
        this.applications = applications;
        this.changed = changed;
        addClassName("applications-panel");
        add(new H3(getTranslation("host.applications")),
                new Paragraph(getTranslation("host.applications.summary", visit.placesTaken(), visit.capacity(),
                        visit.waitlisted())));
        grid.addColumn(HostApplication::applicantName).setHeader(getTranslation("host.applicant")).setFlexGrow(2);
        grid.addColumn(HostApplication::applicantRegion).setHeader(getTranslation("host.applicant-region")).setFlexGrow(2);
        grid.addComponentColumn(a -> StatusBadge.of(a.status(), getTranslation(a.status().translationKey())
                + (a.waitlistRank() == null ? "" : " #" + a.waitlistRank())))
                .setHeader(getTranslation("host.status"));
        grid.addColumn(a -> a.endorsementComment() == null ? "" : a.endorsementComment())
                .setHeader(getTranslation("host.endorsement")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("host.decide")).setKey("decide").setFlexGrow(3);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(a -> {
            Div details = new Div(new Paragraph(getTranslation("host.motivation", a.motivation())),
                    new Paragraph(getTranslation("host.take-home", a.takeHome())));
            details.addClassName("application-details");
            return details;
        }));
        grid.setItems(query -> applications.applicationsOf(visit.id(), Paging.of(query)).stream(),
                query -> applications.countApplicationsOf(visit.id()));
        grid.setEmptyStateText(getTranslation("host.applications.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Div actions(HostApplication a) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        switch (a.status()) {
            case ENDORSED -> {
                actions.add(button("host.select", VaadinIcon.CHECK, () -> applications.select(a.id()), true));
                actions.add(button("host.waitlist", VaadinIcon.TIME_FORWARD, () -> applications.waitlist(a.id()), false));
                actions.add(button("host.reject", VaadinIcon.CLOSE_SMALL, () -> applications.reject(a.id()), false));
            }
            case WAITLISTED -> {
                actions.add(button("host.select", VaadinIcon.CHECK, () -> applications.select(a.id()), true));
                actions.add(button("host.up", VaadinIcon.ARROW_UP, () -> applications.moveOnWaitlist(a.id(), true), false));
                actions.add(button("host.down", VaadinIcon.ARROW_DOWN, () -> applications.moveOnWaitlist(a.id(), false), false));
                actions.add(button("host.reject", VaadinIcon.CLOSE_SMALL, () -> applications.reject(a.id()), false));
            }
            case NOT_SELECTED -> actions.add(button("host.waitlist", VaadinIcon.TIME_FORWARD,
                    () -> applications.waitlist(a.id()), false));
            case SELECTED, CONFIRMED -> actions.add(button("host.cancel-place", VaadinIcon.BAN,
                    () -> applications.cancelPlace(a.id()), false));
            default -> { }
        }
        return actions;
    }

    private Button button(String key, VaadinIcon icon, Runnable action, boolean primary) {
        Button button = new Button(getTranslation(key), icon.create(),
                e -> Attempt.run(this, action, "host.decided", changed));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.setDisableOnClick(true);
        return button;
    }
}
