package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * An area whose route, access rule and place in the navigation exist already while its
 * feature is still being built; it says so plainly instead of pretending.
 */
public abstract class AreaInPreparation extends Main implements HasDynamicTitle {

    private final String titleKey;

    protected AreaInPreparation(String titleKey, VaadinIcon icon) {
        this.titleKey = titleKey;
        addClassName("view");
        add(new EmptyState(icon, getTranslation(titleKey), getTranslation("area.in-preparation")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
