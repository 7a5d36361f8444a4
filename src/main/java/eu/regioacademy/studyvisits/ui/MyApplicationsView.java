package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.EmptyState;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Paging;
import eu.regioacademy.studyvisits.MyApplication;
import eu.regioacademy.studyvisits.VisitApplicationService;
import jakarta.annotation.security.PermitAll;

/** Every application of the signed-in person, where it stands, and what to do next. */
@Route(value = "study-visits/applications", layout = MainLayout.class)
@PermitAll
public class MyApplicationsView extends Main implements HasDynamicTitle {

    final Grid<MyApplication> grid = new Grid<>();

    public MyApplicationsView(VisitApplicationService applications) {
        addClassNames("view", "my-applications-view");
        if (applications.countMine() == 0) {
            add(new EmptyState(VaadinIcon.BUS, getTranslation("my-applications.empty.title"),
                    getTranslation("my-applications.empty.text"), new Anchor("study-visits", getTranslation("nav.study-visits"))));
            return;
        }
        grid.addComponentColumn(a -> new Anchor("study-visits/" + a.visitId(), a.visitTitle()))
                .setHeader(getTranslation("visits.column.title")).setFlexGrow(3);
        grid.addColumn(a -> Dates.dayRange(a.startsOn(), a.endsOn())).setHeader(getTranslation("visits.column.dates"))
                .setFlexGrow(2);
        grid.addComponentColumn(a -> StatusBadge.of(a.status(), getTranslation(a.status().translationKey())
                + (a.waitlistRank() == null ? "" : " #" + a.waitlistRank())))
                .setHeader(getTranslation("my-applications.status"));
        grid.addComponentColumn(this::nextStep).setHeader(getTranslation("my-applications.next")).setFlexGrow(2);
        grid.setItems(query -> applications.mine(getLocale().getLanguage(), Paging.of(query)).stream(),
                query -> applications.countMine());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("study-visits/" + e.getItem().visitId())));
        grid.addClassName("fill");
        add(grid);
    }

    private Span nextStep(MyApplication a) {
        String key;
        if (a.canConfirm()) key = "my-applications.next.confirm";
        else if (a.canGiveFeedback()) key = "my-applications.next.feedback";
        else if (a.canAnswerFollowUp()) key = "my-applications.next.follow-up";
        else key = "my-applications.next.none";
        Span next = new Span(getTranslation(key));
        if (!"my-applications.next.none".equals(key)) next.addClassName("next-step");
        return next;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visits.my-applications") + " · " + getTranslation("app.name");
    }
}
