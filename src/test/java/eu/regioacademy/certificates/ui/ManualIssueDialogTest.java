package eu.regioacademy.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.certificates.CertificateFilter;
import eu.regioacademy.certificates.CertificateKind;
import eu.regioacademy.certificates.CertificateService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ManualIssueDialogTest extends KaribuTest {

    @Autowired
    CertificateService certificates;

    @Test
    void the_secretariat_issues_a_certificate_for_an_external_workshop_after_fixing_the_input() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("certificates-admin");
        _click(_get(Button.class, spec -> spec.withText("Issue a certificate")));
        ManualIssueDialog dialog = _get(ManualIssueDialog.class);
        fill(dialog.holder, "nobody@example.org");
        fill(dialog.achievedOn, LocalDate.now().plusDays(3));
        _click(_get(dialog, Button.class, spec -> spec.withText("Issue a certificate")));
        assertThat(dialog.holder.getErrorMessage()).isEqualTo("No user has this e-mail address.");
        assertThat(dialog.title.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(dialog.hours.getErrorMessage()).isEqualTo("Enter the hours, from 0 to 10,000.");
        assertThat(dialog.achievedOn.getErrorMessage()).isEqualTo("Enter a date that is not in the future.");

        int before = certificates.count(new CertificateFilter("", CertificateKind.MANUAL, null, null, null));
        fill(dialog.holder, "Francesca.Lorusso@example.org");
        fill(dialog.title, "CPMR workshop on reception of unaccompanied minors, Bari");
        fill(dialog.hours, new BigDecimal("6"));
        fill(dialog.achievedOn, LocalDate.of(2026, 10, 8));
        _click(_get(dialog, Button.class, spec -> spec.withText("Issue a certificate")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(certificates.count(new CertificateFilter("Lorusso", CertificateKind.MANUAL, false, null, null))).isEqualTo(1);
        assertThat(certificates.count(new CertificateFilter("", CertificateKind.MANUAL, null, null, null))).isEqualTo(before + 1);
    }
}
