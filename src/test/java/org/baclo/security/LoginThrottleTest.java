package org.baclo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The throttle's arithmetic and its atomic counting, on the test database with a clock
 * the test moves.
 */
@SpringBootTest
@Import(TestKnowledge.class)
class LoginThrottleTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private final SecurityProperties props = new SecurityProperties(3, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofHours(1), false);

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, props, clock);
    }

    private static String user() {
        return "thr" + System.nanoTime();
    }

    @Test
    void the_delay_starts_after_the_free_failures_and_doubles_up_to_the_maximum() {
        LoginThrottle t = throttle();
        assertThat(t.delayAfter(1)).isZero();
        assertThat(t.delayAfter(2)).isZero();
        assertThat(t.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(t.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(t.delayAfter(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(t.delayAfter(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(t.delayAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failures_are_counted_per_account_and_address() {
        LoginThrottle t = throttle();
        String u = user();
        for (int i = 0; i < 5; i++) {
            t.failed(u, "10.0.0.66");
        }
        assertThat(t.failures(u, "10.0.0.66")).isEqualTo(5);
        assertThat(t.retryAfter(u, "10.0.0.66")).hasValue(Duration.ofSeconds(4));
        assertThat(t.retryAfter(u, "10.0.0.7")).isEmpty();
        assertThat(t.retryAfter(u + "x", "10.0.0.66")).isEmpty();
        assertThat(t.failures(u.toUpperCase(), "10.0.0.66")).as("usernames ignore case").isEqualTo(5);
    }

    @Test
    void the_wait_passes_and_an_expired_counter_starts_again() {
        LoginThrottle t = throttle();
        String u = user();
        for (int i = 0; i < 4; i++) {
            t.failed(u, "10.0.0.66");
        }
        assertThat(t.retryAfter(u, "10.0.0.66")).hasValue(Duration.ofSeconds(2));
        now.set(now.get().plusSeconds(2));
        assertThat(t.retryAfter(u, "10.0.0.66")).isEmpty();
        now.set(now.get().plus(Duration.ofHours(1)).plusSeconds(1));
        assertThat(t.failures(u, "10.0.0.66")).isZero();
        t.failed(u, "10.0.0.66");
        assertThat(t.failures(u, "10.0.0.66")).isEqualTo(1);
    }

    @Test
    void a_success_resets_only_that_address() {
        LoginThrottle t = throttle();
        String u = user();
        for (int i = 0; i < 4; i++) {
            t.failed(u, "10.0.0.66");
            t.failed(u, "10.0.0.7");
        }
        t.succeeded(u, "10.0.0.7");
        assertThat(t.failures(u, "10.0.0.7")).isZero();
        assertThat(t.failures(u, "10.0.0.66")).isEqualTo(4);
    }

    @Test
    void concurrent_failures_are_each_counted_once() throws Exception {
        LoginThrottle t = throttle();
        String u = user();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                done.add(pool.submit(() -> t.failed(u, "10.0.0.66")));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(t.failures(u, "10.0.0.66")).isEqualTo(64);
    }

}
