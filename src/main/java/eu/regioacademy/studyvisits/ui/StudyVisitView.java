package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.studyvisits.StudyVisitService;
import eu.regioacademy.studyvisits.VisitApplicationService;
import eu.regioacademy.studyvisits.VisitDetails;
import eu.regioacademy.studyvisits.VisitRecordService;
import jakarta.annotation.security.PermitAll;

/**
 * A visit's page: the record everyone sees (facts, agenda, costs, report), the viewer's
 * own application, and for its hosts the running of the visit.
 */
@Route(value = "study-visits/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class StudyVisitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StudyVisitService visits;
    private final VisitApplicationService applications;
    private final VisitRecordService records;
    private long id;
    private VisitDetails visit;

    public StudyVisitView(StudyVisitService visits, VisitApplicationService applications, VisitRecordService records) {
        this.visits = visits;
        this.applications = applications;
        this.records = records;
        addClassNames("view", "study-visit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        load();
    }

    private void load() {
        visit = visits.details(id, getLocale().getLanguage()).orElseThrow(NotFoundException::new);
        removeAll();
        VisitRecordSections sections = new VisitRecordSections(this, getLocale(), visit);
        add(sections.header());
        add(new ApplicantPanel(visit, applications, records, this::load));
        if (visit.hostedByViewer()) add(new HostPanel(visit, visits, applications, records, this::load));
        add(sections.agenda(), sections.costs(), sections.record());
    }

    @Override
    public String getPageTitle() {
        return (visit == null ? "" : visit.title() + " · ") + getTranslation("app.name");
    }
}
