package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.regioacademy.platform.db.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's internal error view, which prints the exception (and in development its
 * stack trace): the person sees a translated apology, the log gets the details. While the
 * database cannot be reached (whatever exception carries that), it says "temporarily unavailable"
 * with status 503 instead: the pool reconnects by itself once the database is back. No main
 * layout, since the layout reads the database too.
 */
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private String titleKey = "internal-error.title";

    public InternalErrorView() {
        addClassNames("view", "login-view");
        show(titleKey, "error.unexpected");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        if (DatabaseUnavailable.isCauseOf(failure)) {
            // not a bug: the database is down or restarting, the pool reconnects by itself
            log.warn("Navigation to '{}' failed: database unavailable ({})", event.getLocation().getPath(), failure.toString());
            show("error.database-unavailable.title", "error.database-unavailable.page");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Navigation to '{}' failed", event.getLocation().getPath(), failure);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private void show(String title, String text) {
        titleKey = title;
        removeAll();
        add(new EmptyState(VaadinIcon.WARNING, getTranslation(title), getTranslation(text),
                new Anchor("", getTranslation("access-denied.home"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
