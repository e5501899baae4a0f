package org.baclo.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic for the API without a password hash per request: a username and password
 * verified by the throttled password login are remembered briefly under an HMAC-SHA256 of
 * both, keyed with a random key made when the process starts (the password itself is
 * never kept, and the digest is worthless outside this process). Only the same
 * credentials find the entry; a wrong password always goes the slow, throttled, audited
 * way. A hit is still refused while the (account, address) pair is throttled (one indexed
 * read), so the cache is no faster guessing oracle; it writes no LOGIN audit row (the
 * verification that made the entry did). Entries live at most
 * {@code baclo.security.auth-cache-ttl} and end on every instance within a second when
 * the user is disabled or changes password ({@link SecurityEpoch}).
 */
final class CachedBasicAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;

    private final LoginThrottle throttle;

    private final SecurityEpoch epoch;

    private final AuthCache<BacloPrincipal> cache;

    private final SecretKeySpec key;

    CachedBasicAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, SecurityEpoch epoch,
            Duration ttl, int size) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.epoch = epoch;
        this.cache = new AuthCache<>(size, ttl, System::nanoTime);
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        if (!(attempt.getCredentials() instanceof String password)) {
            return passwords.authenticate(attempt);
        }
        String username = String.valueOf(attempt.getName());
        String digest = digest(username, password);
        long at = epoch.current();
        BacloPrincipal known = cache.get(digest, at);
        if (known != null && throttle.retryAfter(username, ThrottledAuthenticationProvider.source(attempt)).isEmpty()) {
            UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(known, null,
                    known.getAuthorities());
            done.setDetails(attempt.getDetails());
            return done;
        }
        Authentication done = passwords.authenticate(attempt);
        if (done != null && done.isAuthenticated() && done.getPrincipal() instanceof BacloPrincipal p) {
            cache.put(digest, p, at);
        }
        return done;
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many verified credentials this instance holds (for tests). */
    int size() {
        return cache.size();
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

}
