package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import eu.regioacademy.platform.i18n.Languages;
import eu.regioacademy.platform.security.CurrentUser;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language of each UI: the user's saved choice once signed in, otherwise the browser's
 * best supported language (Vaadin's default). Errors anywhere in a session end as a friendly
 * message, never as a stack trace.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    private static final String APPLIED_FOR_USER = UiLocale.class.getName() + ".appliedForUser";

    private final CurrentUser currentUser;

    UiLocale(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            applySavedLanguage(ui);
            markPageLanguage(ui);
            ui.addAfterNavigationListener(navigated -> markPageLanguage(ui));
        });
    }

    private void applySavedLanguage(UI ui) {
        currentUser.find().ifPresent(user -> {
            VaadinSession session = ui.getSession();
            if (!Long.valueOf(user.id()).equals(session.getAttribute(APPLIED_FOR_USER))) {
                session.setAttribute(APPLIED_FOR_USER, user.id());
                session.setLocale(Languages.fromTag(user.locale()));
            }
            ui.setLocale(session.getLocale());
        });
    }

    /** {@code <html lang>} follows the UI's language, so screen readers pronounce the page in it (WCAG 3.1.1). */
    private static void markPageLanguage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
    }

    /** Switches the session and this UI to another language and redraws the view in it. */
    static void switchTo(UI ui, Locale locale) {
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }
}
