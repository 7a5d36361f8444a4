package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * A link of the side navigation with its label as escaped markup inside the item: the usual
 * label is a text node, a state node of its own for every link in every open tab. The browser
 * shows and announces the same text.
 */
class NavLink extends SideNavItem {

    private final String label;

    NavLink(String label, String path) {
        super(null, path);
        this.label = label;
        MarkupText.set(this, label);
    }

    @Override
    public String getLabel() {
        return label;
    }
}
