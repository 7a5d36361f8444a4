package eu.regioacademy.exchanges.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.AreaInPreparation;
import eu.regioacademy.platform.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

@Route(value = "exchanges", layout = MainLayout.class)
@Menu(title = "nav.exchanges", icon = "vaadin:exchange", order = 4)
@PermitAll
public class ExchangesView extends AreaInPreparation {

    public ExchangesView() {
        super("nav.exchanges", VaadinIcon.EXCHANGE);
    }
}
