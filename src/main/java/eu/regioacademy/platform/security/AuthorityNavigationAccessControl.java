package eu.regioacademy.platform.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.security.Principal;
import java.util.Collection;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Vaadin's navigation access control, with roles read from the signed-in user's authorities
 * directly. Vaadin's own roles checker looks its role-prefix holder up again at every navigation,
 * and that lookup asks {@code ServiceLoader} each time (every jar's {@code META-INF/services}):
 * 4-5% of the server's CPU under load. The prefix does not change at runtime, so it is read once
 * from the same holder; requests without a signed-in user keep Vaadin's own path.
 */
class AuthorityNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder prefixHolder;

    AuthorityNavigationAccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
                                     VaadinRolePrefixHolder prefixHolder) {
        super(checkers, resolver);
        this.prefixHolder = prefixHolder;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        Principal principal = request == null ? null : request.getUserPrincipal();
        if (!(principal instanceof Authentication authentication) || !prefixHolder.isSet()) {
            return super.getRolesChecker(request);
        }
        String prefix = prefixHolder.getRolePrefix() == null ? "" : prefixHolder.getRolePrefix();
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        return role -> role != null && authorities.stream()
                .anyMatch(a -> (prefix + role).equals(a.getAuthority()));
    }
}
