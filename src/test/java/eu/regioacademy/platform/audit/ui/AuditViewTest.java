package eu.regioacademy.platform.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.audit.AuditAction;
import eu.regioacademy.platform.audit.AuditLog;
import eu.regioacademy.platform.ui.AccessDeniedView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Test
    void the_admin_lists_the_newest_decisions_first_and_filters_them() {
        signInAs(TestUsers.ADMIN);
        audit.record(AuditAction.PASSWORD_RESET, "app_user", 777001L, "view test: reset");
        audit.record(AuditAction.ROLES_CHANGED, "app_user", 777001L, "view test: roles");
        navigateTo("admin/audit");
        AuditView view = (AuditView) UI.getCurrent().getCurrentView();

        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(2);
        assertThat(_get(view.grid, 0).detail()).isEqualTo("view test: roles");
        assertThat(_getFormattedRow(view.grid, 0)).contains("Roles changed", "app_user #777001", "view test: roles");

        fill(view.action, AuditAction.PASSWORD_RESET);
        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(1);
        for (int row = 0; row < _size(view.grid); row++) {
            assertThat(_get(view.grid, row).action()).isEqualTo(AuditAction.PASSWORD_RESET);
        }

        fill(view.actor, "nobody-with-this-name");
        assertThat(_size(view.grid)).isZero();

        fill(view.actor, "admin@");
        fill(view.from, LocalDate.now().plusDays(2));
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void nobody_but_the_admin_opens_the_audit_log() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("admin/audit");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
