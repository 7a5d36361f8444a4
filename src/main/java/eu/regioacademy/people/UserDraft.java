package eu.regioacademy.people;

import eu.regioacademy.platform.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator typed for a user, before the service checks it. */
public record UserDraft(String displayName, String email, @Nullable Long regionId, Set<Role> roles,
                        boolean active, String locale) {

    public UserDraft {
        roles = Set.copyOf(roles);
    }
}
