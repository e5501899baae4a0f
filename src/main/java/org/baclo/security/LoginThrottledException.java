package org.baclo.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A password login refused without checking the password: too many recent failures from
 * this address.
 */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins for this account from this address.");
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole seconds until the next attempt is accepted (at least 1). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

}
