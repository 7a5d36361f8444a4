package eu.regioacademy.people.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.regioacademy.people.RegionService;
import eu.regioacademy.people.UserAdminService;
import eu.regioacademy.platform.security.Roles;
import eu.regioacademy.platform.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** The operator's area: user accounts and member regions. */
@Route(value = "admin", layout = MainLayout.class)
@Menu(title = "nav.admin", icon = "vaadin:cog", order = 7)
@RolesAllowed(Roles.ADMIN)
public class AdminView extends Main implements HasDynamicTitle {

    public AdminView(UserAdminService users, RegionService regions) {
        addClassName("view");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("admin.tab.users"), new UsersPanel(users, regions));
        tabs.add(getTranslation("admin.tab.regions"), new RegionsPanel(regions));
        tabs.setSizeFull();
        tabs.addClassName("fill");
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " · " + getTranslation("app.name");
    }
}
