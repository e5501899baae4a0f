package org.baclo.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings ({@code baclo.security.*}).
 *
 * @param throttleFreeFailures failed logins per (account, address) before that address
 * has to wait
 * @param throttleBaseDelay the wait after the first throttled failure; it doubles with
 * each further failure
 * @param throttleMaxDelay the longest wait
 * @param throttleExpiry a counter whose last failure is older than this starts again from
 * zero
 * @param bootstrapAdmin create an admin with a random password on first start when there
 * is none
 */
@ConfigurationProperties("baclo.security")
public record SecurityProperties(Integer throttleFreeFailures, Duration throttleBaseDelay, Duration throttleMaxDelay,
        Duration throttleExpiry, Boolean bootstrapAdmin) {
    public SecurityProperties {
        throttleFreeFailures = throttleFreeFailures == null ? 3 : throttleFreeFailures;
        throttleBaseDelay = throttleBaseDelay == null ? Duration.ofSeconds(1) : throttleBaseDelay;
        throttleMaxDelay = throttleMaxDelay == null ? Duration.ofMinutes(15) : throttleMaxDelay;
        throttleExpiry = throttleExpiry == null ? Duration.ofHours(1) : throttleExpiry;
        bootstrapAdmin = bootstrapAdmin == null || bootstrapAdmin;
    }
}
