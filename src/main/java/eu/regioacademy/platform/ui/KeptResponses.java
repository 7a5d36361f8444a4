package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.locks.Lock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each open tab's last answer as a string, to send it again when the browser
 * repeats a message whose answer it lost. One character beyond Latin-1 in it (a Greek
 * region's name, the narrow space in an English time) makes Java store the whole string at
 * two bytes a character: 68 KB instead of 34 KB for a parked dashboard. Those few characters
 * are kept JSON-escaped instead ({@link Latin1#json}), which is the same JSON to the browser.
 */
@Component
class KeptResponses implements VaadinServiceInitListener, VaadinRequestInterceptor {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // nothing to do before
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
        // Vaadin's own error handling answers
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) return;
        // Vaadin's own lock, not session.lock(): unlocking that runs pending work and pushes, nothing to do here
        Lock lock = session.getLockInstance();
        lock.lock();
        try {
            UI ui = session.getService().findUI(request);
            if (ui == null) return;
            String kept = ui.getInternals().getLastRequestResponse();
            String compact = Latin1.json(kept);
            if (compact != kept) ui.getInternals().setLastRequestResponse(compact);
        } finally {
            lock.unlock();
        }
    }
}
