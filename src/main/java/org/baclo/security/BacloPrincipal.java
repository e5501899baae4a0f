package org.baclo.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security sees it. Immutable. {@code mustChangePassword}:
 * the password was given by an administrator; until it is changed only the
 * change-password page and logout are open ({@link PasswordChangeRequiredFilter}).
 */
public record BacloPrincipal(long id, String username, String displayName, String passwordHash, Role role,
        boolean enabled, boolean locked, Long patientId, boolean mustChangePassword) implements UserDetails {

    public BacloPrincipal(long id, String username, String displayName, String passwordHash, Role role, boolean enabled,
            boolean locked, Long patientId) {
        this(id, username, displayName, passwordHash, role, enabled, locked, patientId, false);
    }

    static BacloPrincipal of(AppUser u, boolean locked) {
        return new BacloPrincipal(u.id(), u.username(), u.displayName(), u.passwordHash(), u.role(), u.enabled(),
                locked, u.patientId(), u.mustChangePassword());
    }

    /** This principal after the password change: nothing is required any more. */
    public BacloPrincipal withPasswordChanged() {
        return new BacloPrincipal(id, username, displayName, passwordHash, role, enabled, locked, patientId, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean is(Role r) {
        return role == r;
    }
}
