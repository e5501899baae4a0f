package org.baclo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The token cache across instances and the last-used write, with two services sharing one
 * database as two application instances would, and a clock and a check timer the test
 * moves.
 */
@SpringBootTest
@Import(TestKnowledge.class)
class ApiTokenCacheTest {

    @Autowired
    ApiTokenRepository tokenRepo;

    @Autowired
    AppUserRepository users;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    /** One "instance": its own epoch reader and token cache over the shared database. */
    private ApiTokenService instance() {
        SecurityEpoch epoch = new SecurityEpoch(jdbc, Duration.ofSeconds(1), nanos::get);
        return new ApiTokenService(tokenRepo, users, clock, epoch, Duration.ofMinutes(1), 100);
    }

    private AppUser user() {
        return users.save(AppUser.create("tok" + System.nanoTime(), "Tok", "{noop}x", Role.CLINICIAN, null, now.get()));
    }

    @Test
    void a_token_revoked_on_one_instance_is_refused_on_the_other_within_the_check_interval() {
        ApiTokenService a = instance();
        ApiTokenService b = instance();
        AppUser u = user();
        ApiTokenService.Created t = a.create(u.id(), "x");
        assertThat(b.authenticate(t.plainText())).isPresent();
        assertThat(b.cachedTokens()).isEqualTo(1);

        assertThat(a.revoke(u.id(), t.token().id())).isTrue();
        assertThat(a.authenticate(t.plainText())).as("the revoking instance, at once").isEmpty();
        // within the check interval the other instance may still serve its cached entry
        // ...
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(b.authenticate(t.plainText())).as("before the interval: the stated bound is real").isPresent();
        // ... and refuses it once the interval (1 s) has passed
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(b.authenticate(t.plainText())).isEmpty();
    }

    @Test
    void last_used_is_written_at_most_once_a_minute_per_token() {
        ApiTokenService a = instance();
        ApiTokenService b = instance();
        AppUser u = user();
        ApiTokenService.Created t = a.create(u.id(), "x");
        Instant start = now.get();
        assertThat(a.authenticate(t.plainText())).isPresent();
        assertThat(lastUsed(t)).isEqualTo(start);
        for (int s = 1; s < 60; s += 7) {
            now.set(start.plusSeconds(s));
            assertThat(a.authenticate(t.plainText())).isPresent();
            assertThat(b.authenticate(t.plainText())).isPresent();
        }
        assertThat(lastUsed(t)).as("not rewritten within the minute, by either instance").isEqualTo(start);
        now.set(start.plusSeconds(61));
        assertThat(b.authenticate(t.plainText())).isPresent();
        assertThat(lastUsed(t)).isEqualTo(start.plusSeconds(61));
        now.set(start.plusSeconds(62));
        assertThat(a.authenticate(t.plainText())).isPresent();
        assertThat(lastUsed(t)).as("the other instance's write of a second ago stands")
            .isEqualTo(start.plusSeconds(61));
    }

    @Test
    void a_cached_entry_lives_at_most_its_ttl() {
        AtomicLong t = new AtomicLong();
        AuthCache<String> cache = new AuthCache<>(2, Duration.ofSeconds(60), t::get);
        cache.put("a", "A", 7);
        t.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.get("a", 7)).isEqualTo("A");
        assertThat(cache.get("a", 8)).as("another epoch").isNull();
        cache.put("a", "A", 7);
        t.addAndGet(Duration.ofSeconds(60).toNanos());
        assertThat(cache.get("a", 7)).as("older than the TTL").isNull();
        cache.put("a", "A", 7);
        cache.put("b", "B", 7);
        cache.get("a", 7);
        cache.put("c", "C", 7);
        assertThat(cache.size()).as("bounded").isEqualTo(2);
        assertThat(cache.get("b", 7)).as("least recently used went first").isNull();
        assertThat(cache.get("a", 7)).isEqualTo("A");
    }

    private Instant lastUsed(ApiTokenService.Created t) {
        return tokenRepo.findById(t.token().id()).orElseThrow().lastUsedAt();
    }

}
