package eu.regioacademy.participation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.AreaInPreparation;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;

@Route(value = "secretariat", layout = MainLayout.class)
@Menu(title = "nav.secretariat", icon = "vaadin:chart", order = 6)
@RolesAllowed({Roles.SECRETARIAT, Roles.COORDINATOR})
public class SecretariatView extends AreaInPreparation {

    public SecretariatView() {
        super("nav.secretariat", VaadinIcon.CHART);
    }
}
