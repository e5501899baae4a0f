package org.baclo.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, revokes and checks personal API tokens. Tokens are random, shown once,
 * stored hashed.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "bcl_";

    /**
     * How precisely "last used" is kept: at most one write per token per minute, whatever
     * the request rate.
     */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    private final ApiTokenRepository tokens;

    private final AppUserRepository users;

    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A new token and its plain text, which is never stored and cannot be shown again.
     */
    public record Created(ApiToken token, String plainText) {
    }

    @Transactional
    public Created create(long userId, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken saved = tokens
            .save(new ApiToken(null, userId, name, hash(plain), plain.substring(0, 10), clock.instant(), null, null));
        return new Created(saved, plain);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(long userId) {
        return tokens.findAllByAppUserIdOrderByCreatedAtDesc(userId);
    }

    /** Revokes one of the user's tokens; false if the user has no such token. */
    @Transactional
    public boolean revoke(long userId, long tokenId) {
        return tokens.findById(tokenId).filter(t -> t.appUserId() == userId).map(t -> {
            if (t.isActive()) {
                tokens.save(t.revokedAt(clock.instant()));
            }
            return true;
        }).orElse(false);
    }

    /**
     * The principal an active token belongs to, if the token is valid and its user
     * enabled (failed password logins never block tokens).
     */
    @Transactional
    public Optional<BacloPrincipal> authenticate(String plain) {
        if (plain == null || !plain.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(plain)).filter(ApiToken::isActive).flatMap(t -> {
            Instant now = clock.instant();
            tokens.markUsed(t.id(), now, now.minus(LAST_USED_RESOLUTION));
            return users.findById(t.appUserId());
        }).filter(AppUser::enabled).map(u -> BacloPrincipal.of(u, false));
    }

    static String hash(String plain) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
