package org.baclo.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * A personal API token. Only its SHA-256 hash is stored; the token itself is shown once,
 * at creation.
 */
public record ApiToken(@Id Long id, long appUserId, String name, String tokenHash, String tokenPrefix,
        Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }

    public ApiToken revokedAt(Instant when) {
        return new ApiToken(id, appUserId, name, tokenHash, tokenPrefix, createdAt, lastUsedAt, when);
    }

    public ApiToken usedAt(Instant when) {
        return new ApiToken(id, appUserId, name, tokenHash, tokenPrefix, createdAt, when, revokedAt);
    }
}
