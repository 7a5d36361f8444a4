package eu.regioacademy.studyvisits.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.ui.AreaInPreparation;
import eu.regioacademy.platform.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

@Route(value = "study-visits", layout = MainLayout.class)
@Menu(title = "nav.study-visits", icon = "vaadin:bus", order = 3)
@PermitAll
public class StudyVisitsView extends AreaInPreparation {

    public StudyVisitsView() {
        super("nav.study-visits", VaadinIcon.BUS);
    }
}
