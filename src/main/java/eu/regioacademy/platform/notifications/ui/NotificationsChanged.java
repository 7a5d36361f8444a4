package eu.regioacademy.platform.notifications.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Tells the header's bell that the user's notifications changed in this UI. */
public class NotificationsChanged extends ComponentEvent<UI> {

    public NotificationsChanged(UI source) {
        super(source, false);
    }

    public static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
    }
}
