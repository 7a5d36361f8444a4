package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * A link of the side navigation with its icon and label as markup inside the item: the usual
 * label is a text node and the icon an {@code Icon} component, each a state node of its own for
 * every link in every open tab. The browser shows and announces the same.
 */
class NavLink extends SideNavItem {

    private final String label;

    NavLink(String label, String path, @Nullable String icon) {
        super(null, path);
        this.label = label;
        Element markup = new Element("span");
        if (icon != null) markup.appendElement("vaadin-icon").attr("icon", icon).attr("slot", "prefix");
        markup.appendText(label);
        MarkupText.setHtml(this, MarkupText.inner(markup));
    }

    @Override
    public String getLabel() {
        return label;
    }
}
