package org.baclo.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login (form and HTTP Basic) behind {@link LoginThrottle}: a throttled
 * (account, address) pair is refused before the password is checked; every failure is
 * counted and audited with the source address; a success resets the pair. Other addresses
 * and API tokens are never affected.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;

    private final LoginThrottle throttle;

    private final AuditService audit;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditService audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = String.valueOf(attempt.getName());
        String source = source(attempt);
        Optional<java.time.Duration> wait = throttle.retryAfter(username, source);
        if (wait.isPresent()) {
            LoginThrottledException e = new LoginThrottledException(wait.get());
            audit.recordFrom(username, null, source, "LOGIN", null, AuditOutcome.DENIED,
                    "throttled: retry after " + e.retryAfterSeconds() + " s");
            throw e;
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(username, source);
            Role role = done.getPrincipal() instanceof BacloPrincipal p ? p.role() : null;
            audit.recordFrom(username, role, source, "LOGIN", null, AuditOutcome.OK, null);
            return done;
        }
        catch (AuthenticationException e) {
            throttle.failed(username, source);
            audit.recordFrom(username, null, source, "LOGIN", null, AuditOutcome.DENIED,
                    e instanceof org.springframework.security.authentication.DisabledException ? "account disabled"
                            : "bad credentials");
            throw e;
        }
    }

    static String source(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

}
