package eu.regioacademy.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VerifyViewTest extends KaribuTest {

    @Autowired
    DSLContext db;

    private byte[] learnersPdf() {
        return db.select(CERTIFICATE.PDF).from(CERTIFICATE).join(APP_USER).on(APP_USER.ID.eq(CERTIFICATE.HOLDER_ID))
                .where(APP_USER.EMAIL.eq(TestUsers.LEARNER)).limit(1).fetchSingle(CERTIFICATE.PDF);
    }

    private static String texts() {
        return String.join("\n", _find(H2.class).stream().map(H2::getText).toList()) + "\n"
                + String.join("\n", _find(Paragraph.class).stream().map(Paragraph::getText).toList());
    }

    @Test
    void an_uploaded_original_is_recognised_and_a_changed_copy_is_not() {
        signInAs(TestUsers.LEARNER);
        navigateTo("verify");
        VerifyView view = (VerifyView) UI.getCurrent().getCurrentView();
        byte[] pdf = learnersPdf();
        view.showFile(pdf);
        assertThat(texts()).contains("Valid certificate", "This file is an unmodified certificate issued by Regio Academy.");

        byte[] changed = pdf.clone();
        changed[changed.length - 10] ^= 1;
        view.showFile(changed);
        assertThat(texts()).contains("This file is not a certificate issued here, or it has been changed.");
    }
}
