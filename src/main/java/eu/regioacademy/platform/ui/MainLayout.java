package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.notifications.NotificationService;
import eu.regioacademy.platform.notifications.ui.NotificationBell;
import eu.regioacademy.platform.i18n.LocalePreferenceStore;
import eu.regioacademy.platform.security.CurrentUser;
import eu.regioacademy.platform.security.SessionValidity;
import eu.regioacademy.platform.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The frame around every signed-in view: a side navigation with exactly the areas the
 * user's roles open (from each view's {@code @Menu}, filtered by its access annotation),
 * and a header with the user, their region, the language switcher and sign-out.
 */
@PermitAll
// the navigation is markup (NavigationMarkup), without the Java components that bring their web components'
// scripts: Vaadin's prebuilt bundle has them without this (checked against the production jar), a bundle built
// for this app would not
@Uses(SideNav.class)
@Uses(SideNavItem.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final NotificationBell bell;
    private final SessionValidity sessionValidity;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
                      LocalePreferenceStore localePreferences, NotificationService notifications,
                      SessionValidity sessionValidity, MenuEntries menuEntries) {
        this.sessionValidity = sessionValidity;
        bell = new NotificationBell(notifications);
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        // in a <header> (a banner landmark), so assistive technology can jump to it and past it
        Header header = new Header(skipLink(), toggle, viewTitle, bell,
                userBlock(currentUser.require(), authentication, localePreferences));
        header.addClassName("app-header");
        addToNavbar(header);
        // the navigation scrolls between brand and footer by the style sheet: a Scroller is one more state node per tab
        addToDrawer(brand(), navigation(menuEntries), drawerFooter());
    }

    /** The first thing the keyboard reaches: jumps past the header and the navigation to the view. */
    private Html skipLink() {
        Html skip = MarkupText.html(new Element("a").attr("href", "#main-content").addClass("skip-link")
                .text(getTranslation("a11y.skip-to-content")));
        // the router would treat the address as a navigation: move the focus ourselves
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = this.closest('vaadin-app-layout').querySelector(':scope > :not([slot])');"
                + " if (main) { main.focus(); main.scrollIntoView(); } })");
        return skip;
    }

    // static markup as one element (see brand())
    private Html drawerFooter() {
        Element footer = new Element("footer").addClass("drawer-footer");
        footer.appendElement("a").attr("href", "accessibility").text(getTranslation("a11y.link"));
        return MarkupText.html(footer);
    }

    // static text as one element with its markup inside: each component is kept in server memory per open tab
    private Html brand() {
        // not a <header>: the page's banner is the navbar's
        Element brand = new Element("div").addClass("brand");
        brand.appendElement("span").addClass("brand-name").text(getTranslation("app.name"));
        brand.appendElement("span").addClass("brand-tagline").text(getTranslation("app.tagline"));
        return MarkupText.html(brand);
    }

    private Html navigation(MenuEntries menuEntries) {
        List<NavigationMarkup.Link> links = menuEntries.forCurrentUser().stream().map(entry -> new NavigationMarkup.Link(
                getTranslation(entry.title()), entry.path(),
                entry.icon() != null && entry.icon().startsWith("vaadin:") ? entry.icon() : null)).toList();
        // named for assistive technology only: a visible label is a span and a text node more per open tab
        return NavigationMarkup.of(getTranslation("nav.label"), links);
    }

    private Div userBlock(SignedInUser user, AuthenticationContext authentication,
                          LocalePreferenceStore localePreferences) {
        // who and the link to their data as markup in one element (a plain link needs no component):
        // every component is kept in server memory per open tab. display: contents keeps the flex layout.
        Element whoMarkup = new Element("div").addClass("user-links");
        Element names = whoMarkup.appendElement("div").addClass("user-who");
        names.appendElement("span").addClass("user-name").text(user.displayName());
        names.appendElement("span").addClass("user-region").text(user.regionName());
        // by address, not class: the privacy feature's view depends on this layout, not the other way
        whoMarkup.appendElement("a").attr("href", "my-data").addClass("my-data-link").text(getTranslation("header.my-data"));
        Html who = MarkupText.html(whoMarkup);

        // the browser's own list: Vaadin's Select kept 13 state nodes per open tab for six languages;
        // the globe is drawn by the style sheet
        NativeSelect<Locale> language = new NativeSelect<>(Languages.SUPPORTED, Languages::nativeName, null);
        language.setValue(Languages.fromTag(getLocale().toLanguageTag()));
        language.setAriaLabel(getTranslation("header.language"));
        language.addClassName("language-switcher");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) {
                localePreferences.saveLanguageOfCurrentUser(e.getValue());
                UiLocale.switchTo(UI.getCurrent(), e.getValue());
            }
        });

        // icon and text as markup inside the buttons (as the bell's): an Icon and a text node are two more
        // state nodes per button and open tab
        Button signOut = new Button();
        signOut.addClickListener(click -> authentication.logout());
        MarkupText.setHtml(signOut, "<vaadin-icon icon=\"vaadin:sign-out\" slot=\"prefix\"></vaadin-icon>"
                + Entities.escape(getTranslation("header.sign-out")));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        // ends this user's sessions on every device and instance, then this one
        Button signOutEverywhere = new Button();
        signOutEverywhere.addClickListener(click -> {
            sessionValidity.signOutEverywhere();
            authentication.logout();
        });
        MarkupText.set(signOutEverywhere, getTranslation("header.sign-out-everywhere"));
        signOutEverywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOutEverywhere.addClassName("sign-out-everywhere");

        Div block = new Div(who, language, signOut, signOutEverywhere);
        block.addClassName("user-block");
        return block;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() != null) getContent().getElement().setAttribute("tabindex", "-1");
        String title = getContent() instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle() : "";
        MarkupText.set(viewTitle, title.replace(" · " + getTranslation("app.name"), ""));
        // not a query per navigation: only when a notification was sent or read since (or after a while)
        bell.refreshIfChanged();
    }
}
