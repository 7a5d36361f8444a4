package eu.regioacademy.platform.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.regioacademy.platform.notifications.NotificationItem;
import eu.regioacademy.platform.notifications.NotificationService;
import eu.regioacademy.platform.notifications.NotificationText;
import eu.regioacademy.platform.ui.Dates;
import eu.regioacademy.platform.ui.EmptyState;
import eu.regioacademy.platform.ui.MainLayout;
import eu.regioacademy.platform.ui.Paging;
import jakarta.annotation.security.PermitAll;

/** Everything the app told the user, newest first; opening one marks it read. */
@Route(value = "notifications", layout = MainLayout.class)
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    private final NotificationService notifications;
    private final NotificationText text;
    private final Grid<NotificationItem> grid = new Grid<>();

    public NotificationsView(NotificationService notifications, NotificationText text) {
        this.notifications = notifications;
        this.text = text;
        addClassNames("view", "notifications-view");
        Button markAll = new Button(getTranslation("notifications.mark-all-read"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> {
                    notifications.markAllRead();
                    refresh();
                });
        markAll.addClassName("mark-all-read");

        grid.addColumn(messages()).setHeader(getTranslation("notifications.message")).setKey("message").setFlexGrow(4);
        grid.addColumn(n -> Dates.dateTime(n.createdAt())).setHeader(getTranslation("notifications.when")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setItems(query -> notifications.mine(Paging.of(query)).stream(), query -> notifications.countMine());
        grid.setPartNameGenerator(n -> n.unread() ? "unread" : null);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(false);

        if (notifications.countMine() == 0) {
            add(new EmptyState(VaadinIcon.BELL_O, getTranslation("notifications.empty.title"),
                    getTranslation("notifications.empty.text")));
        } else {
            add(new Div(markAll), grid);
        }
    }

    /** The message as a link drawn by the browser (not three components per row); following it marks it read. */
    private LitRenderer<NotificationItem> messages() {
        return LitRenderer.<NotificationItem>of("<div class=\"${item.unread ? 'notification-unread' : 'notification-read'}\">"
                        + "<a href=\"${item.link}\" @click=\"${read}\">${item.text}</a>"
                        + "${item.unread ? html`<span class=\"badge-new\">${item.unread}</span>` : ''}</div>")
                .withProperty("link", NotificationItem::link)
                .withProperty("text", n -> text.render(getLocale(), n.messageKey(), n.params()))
                .withProperty("unread", n -> n.unread() ? getTranslation("notifications.new") : "")
                .withFunction("read", n -> notifications.markRead(n.id()));
    }

    private void open(NotificationItem n) {
        notifications.markRead(n.id());
        NotificationsChanged.fire();
        UI.getCurrent().navigate(n.link());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        NotificationsChanged.fire();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }
}
