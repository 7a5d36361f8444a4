package eu.regioacademy.platform.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user the current request or UI acts for; services check rules against it. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean has(Role role) {
        return find().map(u -> u.has(role)).orElse(false);
    }
}
