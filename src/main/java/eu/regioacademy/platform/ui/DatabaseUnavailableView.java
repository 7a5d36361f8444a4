package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;

/**
 * A page opened while the database cannot be reached (the pool found no connection in time):
 * a plain "temporarily unavailable" page with status 503 instead of an error trace. No main
 * layout, since the layout reads the database too. Vaadin finds it through the failure's causes.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends Main implements HasErrorParameter<SQLTransientConnectionException>, HasDynamicTitle {

    public DatabaseUnavailableView() {
        addClassName("empty-state");
        add(VaadinIcon.PLUG.create(), new H2(getTranslation("error.database-unavailable.title")),
                new Paragraph(getTranslation("error.database-unavailable.page")),
                new Anchor("", getTranslation("access-denied.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.database-unavailable.title") + " · " + getTranslation("app.name");
    }
}
