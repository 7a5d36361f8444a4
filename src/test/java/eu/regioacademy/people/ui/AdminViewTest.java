package eu.regioacademy.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.RowTemplates;
import eu.regioacademy.TestUsers;
import eu.regioacademy.people.UserSummary;
import eu.regioacademy.platform.security.Role;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminViewTest extends KaribuTest {

    @BeforeEach
    void openAdministration() {
        signInAs(TestUsers.ADMIN);
        navigateTo("admin");
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserSummary> usersGrid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    @Test
    void admin_creates_a_user_after_fixing_the_validation_errors() {
        _click(_get(Button.class, spec -> spec.withText("New user")));
        UserEditorDialog dialog = _get(UserEditorDialog.class);

        fill(dialog.name, " ");
        fill(dialog.email, "jiri.novak@example.org");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.name.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Another user already has this e-mail address.");
        assertThat(dialog.region.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(dialog.password.getErrorMessage()).isEqualTo("The password is too short.");
        assertThat(dialog.isOpened()).isTrue();

        fill(dialog.email, "no-at-sign");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter an e-mail address such as name@region.eu.");

        fill(dialog.name, "Ελένη Νικολάου");
        fill(dialog.email, "eleni.nikolaou@example.org");
        fill(dialog.region, dialog.region.getListDataView().getItems()
                .filter(r -> r.nutsCode().equals("EL30")).findFirst().orElseThrow());
        fill(dialog.roles, Set.of(Role.MENTOR));
        fill(dialog.password, "a long enough password");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        expectNotifications("Ελένη Νικολάου was created.");
        assertThat(dialog.isOpened()).isFalse();
        fill(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or e-mail")), "Νικολάου");
        expectRows(usersGrid(), 1);
        UserSummary created = usersGrid().getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(created.regionName()).isEqualTo("Αττική (Attiki)");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MENTOR);
    }

    @Test
    void the_user_list_is_searchable() {
        fill(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or e-mail")), "coordinator@");
        expectRows(usersGrid(), 1);
    }

    @Test
    void a_users_edit_button_is_named_for_the_user_and_opens_the_editor_with_their_data() {
        fill(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or e-mail")), "coordinator@");
        UserSummary coordinator = usersGrid().getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(RowTemplates.property(usersGrid(), "edit", "label", coordinator))
                .as("aria-label and title").isEqualTo("Edit " + coordinator.displayName());
        assertThat(RowTemplates.property(usersGrid(), "status", "status", coordinator)).isEqualTo("Active");

        RowTemplates.call(usersGrid(), "edit", "edit", coordinator);
        UserEditorDialog dialog = _get(UserEditorDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit " + coordinator.displayName());
        assertThat(dialog.email.getValue()).isEqualTo(coordinator.email());
    }

    @Test
    void a_regions_edit_button_opens_the_editor_with_that_region() {
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<eu.regioacademy.people.Region> regions = _get(Grid.class, spec -> spec.withId("regions-grid"));
        eu.regioacademy.people.Region first = com.github.mvysny.kaributesting.v10.GridKt._get(regions, 0);
        assertThat(RowTemplates.property(regions, "edit", "label", first)).isEqualTo("Edit " + first.name());
        RowTemplates.call(regions, "edit", "edit", first);
        assertThat(_get(RegionEditorDialog.class).nutsCode.getValue()).isEqualTo(first.nutsCode());
    }

    @Test
    void admin_adds_a_region_and_a_duplicate_nuts_code_is_explained() {
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        _click(_get(Button.class, spec -> spec.withText("New region")));
        RegionEditorDialog dialog = _get(RegionEditorDialog.class);
        fill(dialog.nutsCode, "SE224");
        fill(dialog.name, "Skåne 2");
        fill(dialog.country, "SE");
        fill(dialog.commission, eu.regioacademy.people.Commission.BALTIC_SEA);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.nutsCode.getErrorMessage()).isEqualTo("Another region already has this NUTS code.");

        fill(dialog.nutsCode, "LV00");
        fill(dialog.name, "Latvija");
        fill(dialog.country, "LV");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        expectNotifications("Latvija was saved.");
    }
}
