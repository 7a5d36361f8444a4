package eu.regioacademy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Browserless UI tests (Karibu-Testing) against the real Spring context and MariaDB. Each
 * test signs in as a demo user, then drives the views; its data changes roll back.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private UserDetailsService userDetailsService;
    @Autowired
    private PasswordEncoder passwordEncoder;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("eu.regioacademy");
        }
    }

    /**
     * Opens a fresh UI as an anonymous visitor (it lands on the login view), signs in as the
     * demo user and goes to their home, as a sign-in through the login form does.
     */
    protected void signInAs(String email) {
        TestUsers.useSecurityContextOf(context);
        openAs(TestUsers.signIn(userDetailsService, passwordEncoder, email));
        navigateTo("");
    }

    /**
     * A fresh UI for this authentication (null: an anonymous visitor), without navigating;
     * for tests that check access with principals the demo users do not have.
     */
    protected void openAs(@org.jspecify.annotations.Nullable Authentication auth) {
        TestUsers.useSecurityContextOf(context);
        // a second sign-in in one test starts over as an anonymous visitor, as a new browser would
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        if (auth != null) {
            SecurityContextHolder.getContext().setAuthentication(auth);
            FakeRequest request = fakeRequest();
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        }
        // tests read English whatever language the demo user saved
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /**
     * Sets a field's value as a user would: only when it is visible and enabled. (Karibu's
     * {@code _setValue} reaches into a Vaadin internal that changed in Vaadin 25.)
     */
    protected static <V> void fill(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        var component = (com.vaadin.flow.component.Component) field;
        if (!component.isVisible() || !((com.vaadin.flow.component.HasEnabled) component).isEnabled() || field.isReadOnly()) {
            throw new AssertionError(component + " is not editable");
        }
        field.setValue(value);
    }

    protected static void navigateTo(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static FakeRequest fakeRequest() {
        ServletRequest request = VaadinServletRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    /**
     * The texts of what matches a CSS selector in the markup the views send as one element (an
     * {@code Html} component, or an element's {@code innerHTML}), in the current UI: static text is
     * markup rather than components, to keep fewer state nodes per open tab.
     */
    protected static java.util.List<String> markupTexts(String cssSelector) {
        return markupElements(cssSelector).stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The elements that server-set markup (inner HTML) shows in the browser, matching a CSS selector. */
    protected static java.util.List<org.jsoup.nodes.Element> markupElements(String cssSelector) {
        java.util.List<org.jsoup.nodes.Element> found = new java.util.ArrayList<>();
        java.util.ArrayDeque<com.vaadin.flow.component.Component> todo = new java.util.ArrayDeque<>();
        todo.add(UI.getCurrent());
        while (!todo.isEmpty()) {
            com.vaadin.flow.component.Component component = todo.poll();
            component.getChildren().forEach(todo::add);
            com.vaadin.flow.dom.Element element = component.getElement();
            if (element.isTextNode() || !element.hasProperty("innerHTML")) continue;
            org.jsoup.nodes.Element markup = new org.jsoup.nodes.Element(element.getTag());
            element.getAttributeNames().forEach(name -> markup.attr(name, String.valueOf(element.getAttribute(name))));
            markup.html(element.getProperty("innerHTML", ""));
            org.jsoup.nodes.Document holder = org.jsoup.nodes.Document.createShell("");
            holder.body().appendChild(markup);
            found.addAll(holder.body().select(cssSelector));
        }
        return found;
    }
}
