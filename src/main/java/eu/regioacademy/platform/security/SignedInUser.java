package eu.regioacademy.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session: who the user is and what they may do. */
public record SignedInUser(
        long id,
        String email,
        String displayName,
        long regionId,
        String regionName,
        String locale,
        String timeZone,
        @Nullable String passwordHash,
        boolean active,
        @Nullable Instant lockedUntil,
        Set<Role> roles) implements UserDetails {

    public SignedInUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    /** Never let the hash travel further than the authentication itself. */
    @Override
    public String toString() {
        return "SignedInUser[id=" + id + ", email=" + email + ", roles=" + roles + "]";
    }
}
