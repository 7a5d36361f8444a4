package eu.regioacademy.platform.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code @Menu} entries the current user may open, computed once per set of roles.
 * {@link MenuConfiguration#getMenuEntries()} runs Vaadin's access check for every route each
 * time; the layout and the home view asked for it at each navigation, a good part of the CPU of
 * a request under load (docs/benchmarks.md, issue 9). Routes do not change at runtime, and the
 * checks depend only on whether someone is signed in and on their roles.
 */
@Component
public class MenuEntries {

    private final Map<String, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();

    /** The entries for the current request's user, in menu order. */
    public List<MenuEntry> forCurrentUser() {
        return byRoles.computeIfAbsent(rolesKey(), key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static String rolesKey() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // no authentication at all is not the same as a signed-in user without roles
        if (authentication == null) return "-";
        // an anonymous visitor's token carries ROLE_ANONYMOUS, so it never shares a key with a signed-in user
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                .collect(Collectors.joining(",", "+", ""));
    }
}
