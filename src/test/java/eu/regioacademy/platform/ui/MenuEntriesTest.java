package eu.regioacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MenuEntriesTest extends KaribuTest {

    @Autowired
    MenuEntries menuEntries;

    @Test
    void people_with_the_same_roles_share_one_checked_list_and_other_roles_get_their_own() {
        signInAs(TestUsers.LEARNER);
        List<MenuEntry> learner = menuEntries.forCurrentUser();
        assertThat(learner).noneMatch(e -> e.path().contains("admin"));

        signInAs(TestUsers.LEARNER);
        assertThat(menuEntries.forCurrentUser()).as("computed once per set of roles").isSameAs(learner);

        signInAs(TestUsers.ADMIN);
        assertThat(menuEntries.forCurrentUser()).isNotSameAs(learner).anyMatch(e -> e.path().contains("admin"));
    }
}
