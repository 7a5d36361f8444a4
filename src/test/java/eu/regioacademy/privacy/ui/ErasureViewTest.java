package eu.regioacademy.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static eu.regioacademy.db.Tables.APP_USER;
import static eu.regioacademy.db.Tables.CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.ui.AccessDeniedView;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ErasureViewTest extends KaribuTest {

    @Autowired
    DSLContext db;

    private static String texts() {
        return _find(H2.class).stream().map(H2::getText).collect(Collectors.joining("\n")) + "\n"
                + _find(Paragraph.class).stream().map(Paragraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void the_admin_erases_after_typing_the_e_mail_and_verification_then_shows_no_name() {
        String code = db.select(CERTIFICATE.CODE).from(CERTIFICATE).join(APP_USER).on(APP_USER.ID.eq(CERTIFICATE.HOLDER_ID))
                .where(APP_USER.EMAIL.eq(TestUsers.LEARNER)).limit(1).fetchSingle(CERTIFICATE.CODE);
        signInAs(TestUsers.ADMIN);
        navigateTo("admin/erasure");
        ErasureView view = (ErasureView) UI.getCurrent().getCurrentView();
        fill(view.email, TestUsers.LEARNER);
        ButtonKt._click(view.find);
        assertThat(texts()).contains("Elin Åkesson (learner@example.org)");

        ButtonKt._click(_get(view.result, Button.class, spec -> spec.withText("Erase this person")));
        ErasureDialog dialog = _get(ErasureDialog.class);
        assertThat(dialog.erase.isEnabled()).isFalse();
        fill(dialog.confirmation, "someone.else@example.org");
        assertThat(dialog.erase.isEnabled()).isFalse();
        fill(dialog.confirmation, TestUsers.LEARNER);
        ButtonKt._click(dialog.erase);
        assertThat(_find(ErasureDialog.class)).isEmpty();
        assertThat(texts()).contains("Erased:");

        navigateTo("verify/" + code);
        assertThat(texts()).contains("Revoked certificate", "erased on request").doesNotContain("Elin", "Åkesson", "Holder:");
    }

    @Test
    void only_the_admin_opens_the_erasure_view() {
        signInAs(TestUsers.SECRETARIAT);
        navigateTo("admin/erasure");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void everyone_reaches_my_data_from_the_header_and_finds_both_downloads() {
        signInAs(TestUsers.LEARNER);
        // the header's link is markup (one element with the user's name)
        assertThat(markupTexts("a.my-data-link[href=my-data]")).containsExactly("My data");
        navigateTo("my-data");
        MyDataView view = (MyDataView) UI.getCurrent().getCurrentView();
        assertThat(view.json.getHref()).isEqualTo("reports/my-data.json");
        assertThat(view.json.getText()).isEqualTo("Download my data (JSON)");
        assertThat(view.pdf.getHref()).startsWith("reports/my-participation.pdf");
        assertThat(view.pdf.getText()).isEqualTo("Download my participation record (PDF)");
    }
}
