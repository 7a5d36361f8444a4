package eu.regioacademy.mentoring.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.AreaInPreparation;
import eu.regioacademy.platform.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

@Route(value = "mentoring", layout = MainLayout.class)
@Menu(title = "nav.mentoring", icon = "vaadin:handshake", order = 5)
@PermitAll
public class MentoringView extends AreaInPreparation {

    public MentoringView() {
        super("nav.mentoring", VaadinIcon.HANDSHAKE);
    }
}
