package org.baclo.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Failed-login throttling: after {@code maxFailedLogins} wrong passwords in a row an account is locked for
 * {@code lockout}; a successful login resets the count. Applies to form login and HTTP Basic alike.
 */
@Component
class LoginThrottle {
    private final AppUserRepository users;
    private final SecurityProperties props;
    private final AuditService audit;
    private final Clock clock;

    LoginThrottle(AppUserRepository users, SecurityProperties props, AuditService audit, Clock clock) {
        this.users = users;
        this.props = props;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        users.findByUsernameIgnoreCase(name).ifPresent(u -> {
            int failures = u.failedLogins() + 1;
            Instant lockedUntil = failures >= props.maxFailedLogins() ? clock.instant().plus(props.lockout()) : null;
            users.save(u.withFailedLogins(failures, lockedUntil));
            if (lockedUntil != null) {
                audit.recordAs(u.username(), u.role(), "ACCOUNT_LOCKED", null, AuditOutcome.DENIED,
                        failures + " failed logins");
            }
        });
        audit.recordAs(name, null, "LOGIN", null, AuditOutcome.DENIED, "bad credentials");
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof BacloPrincipal p) {
            users.findById(p.id()).filter(u -> u.failedLogins() > 0 || u.lockedUntil() != null)
                    .ifPresent(u -> users.save(u.withFailedLogins(0, null)));
        }
    }
}
