package org.baclo.security;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads users for password login and upgrades an old password hash (e.g.
 * {@code {bcrypt}}) to the current scheme after a successful login.
 */
@Service
public class BacloUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;

    private final NamedParameterJdbcTemplate jdbc;

    BacloUserDetailsService(AppUserRepository users, NamedParameterJdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        // no account lockout any more (it could be turned against a user): LoginThrottle
        // slows down one address
        return BacloPrincipal.of(u, false);
    }

    /**
     * Stores the re-encoded hash in one atomic statement, only if the hash is still the
     * one that was checked (a concurrent password change wins; concurrent logins never
     * fail on the row's version).
     */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        if (!(user instanceof BacloPrincipal p)) {
            return user;
        }
        int n = jdbc.update(
                "update app_user set password_hash = :hash, version = version + 1"
                        + " where id = :id and password_hash = :old",
                Map.of("hash", newPassword, "id", p.id(), "old", p.passwordHash()));
        return n == 0 ? p : new BacloPrincipal(p.id(), p.username(), p.displayName(), newPassword, p.role(),
                p.enabled(), p.locked(), p.patientId(), p.mustChangePassword());
    }

}
