package eu.regioacademy.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import eu.regioacademy.certificates.CertificateFacts;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.RowTemplates;
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
        CertificateFacts valid = grid.getGenericDataView().getItem(row);
        assertThat(RowTemplates.property(grid, "actions", "revoke", valid)).isEqualTo("Revoke");
        assertThat(RowTemplates.property(grid, "actions", "revoked", valid)).isEqualTo(false);
        RowTemplates.call(grid, "actions", "revoke", valid);
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

    @Test
    void a_revoked_certificate_offers_no_revoke_and_its_event_opens_nothing() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("certificates-admin");
        @SuppressWarnings("unchecked")
        Grid<CertificateFacts> grid = _get(Grid.class);
        CertificateFacts revoked = grid.getGenericDataView().getItems().filter(CertificateFacts::revoked).findFirst()
                .orElseThrow();
        assertThat(RowTemplates.property(grid, "actions", "revoked", revoked)).as("the button is disabled").isEqualTo(true);
        assertThat(RowTemplates.property(grid, "state", "state", revoked)).isEqualTo("Revoked");
        RowTemplates.call(grid, "actions", "revoke", revoked);
        assertThat(_find(RevokeDialog.class)).isEmpty();
    }
}
