package eu.regioacademy.platform.load;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The floor the load figures are compared with: a Vaadin view with nothing of ours in it,
 * one button that does nothing. Test code only, so it never ships; {@link LoadServer} puts it
 * on the load server's class path.
 */
@Route(value = FloorView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class FloorView extends Div {

    static final String ROUTE = "load-floor";

    public FloorView() {
        Button button = new Button("Click", click -> {
        });
        button.addClassName("floor-button");
        add(button);
    }
}
