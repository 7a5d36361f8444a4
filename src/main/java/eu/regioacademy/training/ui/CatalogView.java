package eu.regioacademy.training.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.AreaInPreparation;
import eu.regioacademy.platform.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

@Route(value = "catalog", layout = MainLayout.class)
@Menu(title = "nav.catalog", icon = "vaadin:academy-cap", order = 1)
@PermitAll
public class CatalogView extends AreaInPreparation {

    public CatalogView() {
        super("nav.catalog", VaadinIcon.ACADEMY_CAP);
    }
}
