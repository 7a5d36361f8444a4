package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in user opened an area their roles do not open. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public AccessDeniedView() {
        addClassName("empty-state");
        add(VaadinIcon.LOCK.create(), new H2(getTranslation("access-denied.title")),
                new Paragraph(getTranslation("access-denied.text")),
                new Anchor("", getTranslation("access-denied.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-denied.title") + " · " + getTranslation("app.name");
    }
}
