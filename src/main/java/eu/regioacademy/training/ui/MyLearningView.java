package eu.regioacademy.training.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.AreaInPreparation;
import eu.regioacademy.platform.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

@Route(value = "my-learning", layout = MainLayout.class)
@Menu(title = "nav.my-learning", icon = "vaadin:user-card", order = 2)
@PermitAll
public class MyLearningView extends AreaInPreparation {

    public MyLearningView() {
        super("nav.my-learning", VaadinIcon.USER_CARD);
    }
}
