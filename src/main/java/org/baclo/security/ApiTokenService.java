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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, revokes and checks personal API tokens. Tokens are random, shown once,
 * stored hashed. A checked token is cached (by its hash, bounded, for at most
 * {@code baclo.security.auth-cache-ttl}) so a request with a known token reads nothing
 * from the database; revoking a token, disabling its user or changing the user's password
 * bumps the {@link SecurityEpoch}, which empties the cache on every instance within a
 * second.
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

    private final SecurityEpoch epoch;

    private final AuthCache<CachedToken> cache;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock, SecurityEpoch epoch,
            @Value("${baclo.security.auth-cache-ttl:PT60S}") Duration ttl,
            @Value("${baclo.security.auth-cache-size:10000}") int size) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.epoch = epoch;
        this.cache = new AuthCache<>(size, ttl, System::nanoTime);
    }

    /**
     * A checked token: its id, its user, and when this instance last recorded a use (so
     * "last used" is written at most once per {@link #LAST_USED_RESOLUTION}).
     */
    private static final class CachedToken {

        final long id;

        final BacloPrincipal principal;

        volatile Instant lastMarked;

        CachedToken(long id, BacloPrincipal principal, Instant lastMarked) {
            this.id = id;
            this.principal = principal;
            this.lastMarked = lastMarked;
        }

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
                epoch.bump();
            }
            return true;
        }).orElse(false);
    }

    /**
     * The principal an active token belongs to, if the token is valid and its user
     * enabled (failed password logins never block tokens). A token checked less than the
     * cache TTL ago, with no security change since, costs no database read; its last use
     * is written at most once a minute (one conditional update, so several instances
     * together also write it at most about once a minute).
     */
    public Optional<BacloPrincipal> authenticate(String plain) {
        if (plain == null || !plain.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(plain);
        long at = epoch.current();
        Instant now = clock.instant();
        CachedToken hit = cache.get(hash, at);
        if (hit != null) {
            if (!hit.lastMarked.isAfter(now.minus(LAST_USED_RESOLUTION))) {
                hit.lastMarked = now;
                tokens.markUsed(hit.id, now, now.minus(LAST_USED_RESOLUTION));
            }
            return Optional.of(hit.principal);
        }
        Optional<ApiToken> token = tokens.findByTokenHash(hash).filter(ApiToken::isActive);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        ApiToken t = token.get();
        Instant marked = tokens.markUsed(t.id(), now, now.minus(LAST_USED_RESOLUTION)) == 1 || t.lastUsedAt() == null
                ? now : t.lastUsedAt();
        Optional<BacloPrincipal> principal = users.findById(t.appUserId())
            .filter(AppUser::enabled)
            .map(u -> BacloPrincipal.of(u, false));
        principal.ifPresent(p -> cache.put(hash, new CachedToken(t.id(), p, marked), at));
        return principal;
    }

    /** How many checked tokens this instance holds (for tests). */
    int cachedTokens() {
        return cache.size();
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
