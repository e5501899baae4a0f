package org.baclo.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings ({@code baclo.security.*}).
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockout how long a locked account stays locked
 * @param bootstrapAdmin create an admin with a random password on first start when there is none
 */
@ConfigurationProperties("baclo.security")
public record SecurityProperties(Integer maxFailedLogins, Duration lockout, Boolean bootstrapAdmin) {
    public SecurityProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        bootstrapAdmin = bootstrapAdmin == null || bootstrapAdmin;
    }
}
