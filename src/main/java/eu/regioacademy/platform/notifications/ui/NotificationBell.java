package eu.regioacademy.platform.notifications.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.regioacademy.platform.notifications.NotificationService;

/** The bell in the header: the unread count at a glance, the list on click. */
public class NotificationBell extends Button {

    private final NotificationService notifications;
    private final Span badge = new Span();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("notification-bell");
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        getElement().appendChild(badge.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
        addAttachListener(e -> ComponentUtil.addListener(e.getUI(), NotificationsChanged.class, changed -> refresh()));
    }

    public final void refresh() {
        int unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("notifications.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    /** What the badge shows, for tests and screen readers alike. */
    public String badgeText() {
        return badge.isVisible() ? badge.getText() : "";
    }
}
