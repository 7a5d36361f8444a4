package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's internal error view, which prints the exception (and in development its
 * stack trace): the person sees a translated apology, the log gets the details.
 */
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    public InternalErrorView() {
        addClassNames("view", "login-view");
        add(new EmptyState(VaadinIcon.WARNING, getTranslation("internal-error.title"), getTranslation("error.unexpected"),
                new Anchor("", getTranslation("access-denied.home"))));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Navigation to '{}' failed", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("internal-error.title") + " · " + getTranslation("app.name");
    }
}
