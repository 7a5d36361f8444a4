package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.FieldErrors;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Notifications;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.studyvisits.ApplicationStatus;
import eu.regioacademy.studyvisits.EndorsementRequest;
import eu.regioacademy.studyvisits.VisitApplicationService;
import jakarta.annotation.security.RolesAllowed;

/** A regional coordinator's desk: applications from their own region, endorsed or declined with a comment. */
@Route(value = "study-visits/endorsements", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class EndorsementsView extends Main implements HasDynamicTitle {

    final Checkbox pendingOnly = new Checkbox();
    final Grid<EndorsementRequest> grid = new Grid<>();
    private final VisitApplicationService applications;

    public EndorsementsView(VisitApplicationService applications) {
        this.applications = applications;
        addClassNames("view", "endorsements-view");
        pendingOnly.setLabel(getTranslation("endorsements.pending-only"));
        pendingOnly.setValue(true);
        pendingOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(EndorsementRequest::applicantName).setHeader(getTranslation("host.applicant")).setFlexGrow(2);
        grid.addComponentColumn(r -> new Anchor("study-visits/" + r.visitId(), r.visitTitle()))
                .setHeader(getTranslation("visits.column.title")).setFlexGrow(3);
        grid.addColumn(r -> r.hostRegion() + " · " + Dates.dayRange(r.startsOn(), r.endsOn()))
                .setHeader(getTranslation("visits.host-region")).setFlexGrow(2);
        grid.addComponentColumn(r -> StatusBadge.of(r.status(), getTranslation(r.status().translationKey())))
                .setHeader(getTranslation("host.status"));
        grid.addComponentColumn(this::actions).setKey("actions").setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r ->
                new Div(new Paragraph(getTranslation("host.motivation", r.motivation())),
                        new Paragraph(getTranslation("host.take-home", r.takeHome())))));
        grid.setItems(query -> applications.endorsementRequests(pendingOnly.getValue(), getLocale().getLanguage(),
                Paging.of(query)).stream(), query -> applications.countEndorsementRequests(pendingOnly.getValue()));
        grid.setEmptyStateText(getTranslation("endorsements.empty"));
        grid.addClassName("fill");
        add(new Paragraph(getTranslation("endorsements.intro")), pendingOnly, grid);
    }

    private Div actions(EndorsementRequest r) {
        Div actions = new Div();
        if (r.status() == ApplicationStatus.PENDING) {
            Button decide = new Button(getTranslation("endorsements.decide"), e -> dialog(r));
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(decide);
        }
        return actions;
    }

    private void dialog(EndorsementRequest r) {
        Dialog dialog = new Dialog(getTranslation("endorsements.dialog.title", r.applicantName()));
        TextArea comment = new TextArea(getTranslation("endorsements.comment"));
        comment.setHelperText(getTranslation("endorsements.comment.help"));
        comment.setWidthFull();
        comment.setMaxLength(1000);
        FieldErrors errors = new FieldErrors(this).bind("comment", comment);
        Button endorse = new Button(getTranslation("endorsements.endorse"), e -> decide(dialog, errors,
                () -> applications.endorse(r.applicationId(), comment.getValue())));
        endorse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("endorsements.decline"), e -> decide(dialog, errors,
                () -> applications.decline(r.applicationId(), comment.getValue())));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("host.motivation", r.motivation())),
                new Paragraph(getTranslation("host.take-home", r.takeHome())), comment);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), decline, endorse);
        dialog.open();
    }

    private void decide(Dialog dialog, FieldErrors errors, Runnable action) {
        if (errors.attempt(action)) {
            dialog.close();
            Notifications.success(getTranslation("endorsements.done"));
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visits.endorsements") + " · " + getTranslation("app.name");
    }
}
