package eu.regioacademy.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.CertificateService;
import eu.regioacademy.certificates.VerificationCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CertificatesAdminViewTest extends KaribuTest {

    @Autowired
    CertificateService certificates;

    @Test
    void the_secretariat_revokes_a_certificate_only_with_a_reason_and_verification_then_says_so() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("certificates-admin");
        @SuppressWarnings("unchecked")
        Grid<CertificateFacts> grid = _get(Grid.class);
        int row = 0;
        while (grid.getGenericDataView().getItem(row).revoked()) row++;
        var actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Revoke")));
        RevokeDialog dialog = _get(RevokeDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Revoke")));
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("This field is required.");
        fill(dialog.reason, "Attendance was recorded for the wrong person");
        _click(_get(dialog, Button.class, spec -> spec.withText("Revoke")));
        expectNotifications(dialog.getHeaderTitle().replace("Revoke certificate ", "Certificate ") + " is revoked.");
        String code = dialog.getHeaderTitle().replace("Revoke certificate ", "");
        assertThat(certificates.verify(VerificationCode.tryParse(code).orElseThrow()).orElseThrow().revokedReason())
                .isEqualTo("Attendance was recorded for the wrong person");
    }
}
