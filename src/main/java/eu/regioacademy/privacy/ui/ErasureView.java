package eu.regioacademy.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.privacy.ErasureService;
import eu.regioacademy.privacy.PersonToErase;
import jakarta.annotation.security.RolesAllowed;

/** The admin finds a person by e-mail and erases them, after typing the address again. */
@Route(value = "admin/erasure", layout = MainLayout.class)
@Menu(title = "nav.erasure", icon = "vaadin:eraser", order = 7.2)
@RolesAllowed(Roles.ADMIN)
public class ErasureView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button find = new Button();
    final Div result = new Div();
    private final ErasureService erasure;

    public ErasureView(ErasureService erasure) {
        this.erasure = erasure;
        addClassNames("view", "erasure-view");
        email.setLabel(getTranslation("erasure.email"));
        email.setWidth("22rem");
        email.setClearButtonVisible(true);
        find.setText(getTranslation("erasure.find"));
        find.setIcon(VaadinIcon.SEARCH.create());
        find.addClickListener(e -> lookUp());
        HorizontalLayout search = new HorizontalLayout(email, find);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        result.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("erasure.intro")), search, result);
    }

    void lookUp() {
        result.removeAll();
        erasure.find(email.getValue()).ifPresentOrElse(this::show,
                () -> result.add(new Paragraph(getTranslation("erasure.not-found"))));
    }

    private void show(PersonToErase person) {
        result.add(new Paragraph(getTranslation("erasure.person", person.displayName(), person.email(), person.regionName())));
        if (person.erased()) {
            result.add(new Paragraph(getTranslation("erasure.error.already")));
            return;
        }
        Button erase = new Button(getTranslation("erasure.erase"), VaadinIcon.ERASER.create(),
                e -> new ErasureDialog(erasure, person, report -> {
                    result.removeAll();
                    result.add(new Paragraph(getTranslation("erasure.done", report.certificatesRevoked(),
                            report.applicationsWithdrawn(), report.pairingsClosed(), report.sessionsCancelled())));
                }).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        result.add(erase);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.erasure") + " · " + getTranslation("app.name");
    }
}
