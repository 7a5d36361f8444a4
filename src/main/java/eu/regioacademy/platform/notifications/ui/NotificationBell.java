package eu.regioacademy.platform.notifications.ui;

import eu.regioacademy.platform.ui.MarkupText;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import eu.regioacademy.platform.notifications.NotificationService;
import java.time.Duration;

/**
 * The bell in the header: the unread count at a glance, the list on click. It reads the
 * count when it appears, when it is clicked, when this UI marks notifications read, and at a
 * navigation only when a notification for the user was sent or read since
 * ({@link NotificationService#unreadStamp()}) or the count is older than {@link #STALE_AFTER}
 * (another instance may have sent one). Icon and badge are markup inside the button, not
 * components: each component is kept in server memory per open tab.
 */
public class NotificationBell extends Button {

    /** How long a count may be shown before a navigation reads it again whatever the stamp says. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final NotificationService notifications;
    private String badge = "";
    private long stamp;
    private long countedAt;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("notification-bell");
        addClickListener(e -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate(NotificationsView.class));
        });
        refresh();
        addAttachListener(e -> ComponentUtil.addListener(e.getUI(), NotificationsChanged.class, changed -> refresh()));
    }

    /** Reads the unread count now. */
    public final void refresh() {
        // the stamp first: a change during the count moves it again, and the next navigation reads once more
        stamp = notifications.unreadStamp();
        countedAt = System.nanoTime();
        int unread = notifications.unreadCount();
        String text = unread > 99 ? "99+" : unread > 0 ? String.valueOf(unread) : "";
        String label = getTranslation("notifications.bell", unread);
        setAriaLabel(label);
        // the native tooltip: Vaadin's tooltip is one more element per open tab
        getElement().setAttribute("title", label);
        if (!text.equals(badge) || getElement().getProperty("innerHTML") == null) {
            badge = text;
            MarkupText.setHtml(this, "<vaadin-icon icon=\"vaadin:bell\" slot=\"prefix\"></vaadin-icon>"
                    + (text.isEmpty() ? "" : "<span class=\"notification-badge\" aria-hidden=\"true\">" + text + "</span>"));
        }
    }

    /** At a navigation: reads the count only if it may have changed (see the class comment). */
    public void refreshIfChanged() {
        if (notifications.unreadStamp() != stamp || System.nanoTime() - countedAt > STALE_AFTER.toNanos()) refresh();
    }

    /** What the badge shows, for tests and screen readers alike. */
    public String badgeText() {
        return badge;
    }
}
