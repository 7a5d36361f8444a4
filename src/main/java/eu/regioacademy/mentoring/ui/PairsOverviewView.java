package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.mentoring.PairingFilter;
import eu.regioacademy.mentoring.PairingService;
import eu.regioacademy.mentoring.PairingSummary;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Paging;
import jakarta.annotation.security.RolesAllowed;

/**
 * The secretariat's (all) and a coordinator's (their region's) view of the pairs: that
 * sessions happen and goals progress, and which pairs have gone quiet; never the notes.
 */
@Route(value = "mentoring/overview", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARIAT})
public class PairsOverviewView extends Main implements HasDynamicTitle {

    public PairsOverviewView(PairingService pairings) {
        addClassNames("view", "pairs-overview-view");
        Checkbox quietOnly = new Checkbox(getTranslation("overview.quiet-only"));
        Checkbox liveOnly = new Checkbox(getTranslation("overview.live-only"), true);
        Grid<PairingSummary> grid = new Grid<>();
        grid.addColumn(p -> p.mentorName() + " (" + p.mentorRegion() + ")").setHeader(getTranslation("overview.mentor"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.menteeName() + " (" + p.menteeRegion() + ")").setHeader(getTranslation("overview.mentee"))
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<PairingSummary>of("<span class=\"status-badge ${item.variant}\">${item.label}</span>")
                .withProperty("variant", p -> p.quiet() ? "pairing-quiet" : "pairing-" + p.status().name().toLowerCase())
                .withProperty("label", p -> getTranslation(p.status().translationKey())
                        + (p.quiet() ? " · " + getTranslation("mentoring.quiet") : ""))).setHeader(getTranslation("host.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(PairingSummary::sessionsHeld).setHeader(getTranslation("overview.sessions-held")).setAutoWidth(true);
        grid.addColumn(p -> Dates.date(p.lastSessionAt())).setHeader(getTranslation("overview.last-session")).setAutoWidth(true);
        grid.addColumn(p -> Dates.date(p.nextSessionAt())).setHeader(getTranslation("overview.next-session")).setAutoWidth(true);
        grid.addColumn(p -> p.goalProgress() + " %").setHeader(getTranslation("overview.goal-progress")).setAutoWidth(true);
        grid.setItems(q -> pairings.pairings(new PairingFilter(null, quietOnly.getValue(), liveOnly.getValue()), Paging.of(q)).stream(),
                q -> pairings.countPairings(new PairingFilter(null, quietOnly.getValue(), liveOnly.getValue())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("mentoring/pairings/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("overview.empty"));
        grid.addClassName("fill");
        quietOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        liveOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Paragraph intro = new Paragraph(getTranslation("overview.intro"));
        intro.addClassName("muted");
        add(intro, new com.vaadin.flow.component.html.Div(quietOnly, liveOnly), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.overview") + " · " + getTranslation("app.name");
    }
}
