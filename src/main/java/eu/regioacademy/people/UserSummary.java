package eu.regioacademy.people;

import eu.regioacademy.platform.security.Role;
import java.util.Set;

/** A user as the administration lists and edits them. */
public record UserSummary(long id, String email, String displayName, long regionId, String regionName,
                          boolean active, String locale, Set<Role> roles, int version) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
