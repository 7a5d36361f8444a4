package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.internal.UrlUtil;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * The side navigation as markup in one element. Vaadin's {@code SideNav} and an item per link
 * were a state node each, with a synchronised property and its listener, kept in server memory
 * for every open tab (docs/benchmarks.md, issue 9). The same web components draw the links, mark
 * the current one and hand a click to the router in the browser: the server has nothing to do.
 * The layout that shows it declares {@code @Uses(SideNav.class)} for their scripts.
 */
final class NavigationMarkup {

    /** One link: its label, its route's path and a {@code vaadin:} icon if it has one. */
    record Link(String label, String path, @Nullable String icon) {
    }

    private NavigationMarkup() {
    }

    static Html of(String ariaLabel, List<Link> links) {
        Element nav = new Element("vaadin-side-nav").attr("aria-label", ariaLabel);
        for (Link link : links) {
            Element item = nav.appendElement("vaadin-side-nav-item").attr("path", path(link.path()));
            if (link.icon() != null) item.appendElement("vaadin-icon").attr("icon", link.icon()).attr("slot", "prefix");
            item.appendText(link.label());
        }
        return MarkupText.html(nav);
    }

    // as Vaadin's SideNavItem writes it: relative to the application's base, encoded
    private static String path(String path) {
        return UrlUtil.encodeURI(path.startsWith("/") ? path.substring(1) : path);
    }
}
