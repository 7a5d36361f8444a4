package eu.regioacademy.platform.ui;

import com.vaadin.flow.router.NotFoundException;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reading someone else's record by its id in the URL looks exactly like reading one that
 * does not exist: a 404, never a hint that it is there.
 */
public final class NotYours {

    private NotYours() {
    }

    public static <T> T orNotFound(Supplier<T> read) {
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            throw new NotFoundException();
        }
    }
}
