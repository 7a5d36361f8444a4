package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Flow keeps every element of an open tab as a state node in server memory, about 1 KB each
 * with its features (docs/benchmarks.md, "UI under load"): the views people keep open most
 * stay within a budget of nodes, layout included.
 */
class StateNodeBudgetTest extends KaribuTest {

    static int stateNodes() {
        AtomicInteger nodes = new AtomicInteger();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes.incrementAndGet());
        return nodes.get();
    }

    @Test
    void the_home_view_stays_within_its_node_budget() {
        signInAs(TestUsers.LEARNER);
        assertThat(stateNodes()).isLessThanOrEqualTo(HOME);
    }

    @Test
    void the_study_visits_stay_within_their_node_budget() {
        signInAs(TestUsers.LEARNER);
        navigateTo("study-visits");
        assertThat(stateNodes()).isLessThanOrEqualTo(STUDY_VISITS);
    }

    @Test
    void the_participation_dashboard_stays_within_its_node_budget() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("secretariat");
        assertThat(stateNodes()).isLessThanOrEqualTo(DASHBOARD);
    }

    // measured 2026-12-07 in this test: home 51, study visits 72, dashboard 162 (with the test data); after the
    // second round (static text as markup, figures and charts one element each, drill-down built on demand)
    // 34, 56 and 78; after the third (native selects, the side navigation as markup) 19, 41 and 52; a little headroom
    static final int HOME = 22;
    static final int STUDY_VISITS = 45;
    static final int DASHBOARD = 57;
}
