package org.baclo.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed-login throttling that cannot be turned against a user: failures are counted per
 * (account, source address), so an attacker slows down only their own attempts. The first
 * {@code throttleFreeFailures} failures cost nothing; each one after that doubles the
 * wait before that address may try that account again, from {@code throttleBaseDelay} up
 * to {@code throttleMaxDelay}. A success deletes the pair's counter; a counter whose last
 * failure is older than {@code throttleExpiry} starts again from zero. Counting is one
 * atomic SQL statement (no read-modify-write, no optimistic-lock failures). API tokens
 * are never throttled.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final NamedParameterJdbcTemplate jdbc;

    private final SecurityProperties props;

    private final Clock clock;

    LoginThrottle(NamedParameterJdbcTemplate jdbc, SecurityProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
    }

    /**
     * How long this address must still wait before trying this account again, if at all.
     */
    public Optional<Duration> retryAfter(String username, String source) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select failures, last_failure_at from login_failure" + " where username = :u and source_address = :s",
                params(username, source));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int failures = ((Number) rows.get(0).get("failures")).intValue();
        Instant last = toInstant(rows.get(0).get("last_failure_at"));
        Instant now = clock.instant();
        if (last.plus(props.throttleExpiry()).isBefore(now)) {
            return Optional.empty();
        }
        Instant until = last.plus(delayAfter(failures));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** The wait after {@code failures} failures in a row. */
    Duration delayAfter(int failures) {
        int over = failures - props.throttleFreeFailures();
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration d = props.throttleBaseDelay().multipliedBy(1L << Math.min(over, 30));
        return d.compareTo(props.throttleMaxDelay()) > 0 ? props.throttleMaxDelay() : d;
    }

    /**
     * Counts one failure for the pair, atomically; never throws (a login answer must not
     * become a 500).
     */
    public void failed(String username, String source) {
        MapSqlParameterSource p = params(username, source).addValue("now", Timestamp.from(clock.instant()))
            .addValue("expired", Timestamp.from(clock.instant().minus(props.throttleExpiry())));
        String update = "update login_failure set failures = case when last_failure_at < :expired then 1"
                + " else failures + 1 end, last_failure_at = :now where username = :u and source_address = :s";
        try {
            if (jdbc.update(update, p) == 0) {
                try {
                    jdbc.update("delete from login_failure where last_failure_at < :expired", p);
                    jdbc.update("insert into login_failure (username, source_address, failures, last_failure_at)"
                            + " values (:u, :s, 1, :now)", p);
                }
                catch (DuplicateKeyException raced) {
                    jdbc.update(update, p);
                }
            }
        }
        catch (DataAccessException e) {
            LOG.warn("Could not count a failed login: {}", e.getMessage());
        }
    }

    /** Forgets the pair's failures after a successful login. */
    public void succeeded(String username, String source) {
        try {
            jdbc.update("delete from login_failure where username = :u and source_address = :s",
                    params(username, source));
        }
        catch (DataAccessException e) {
            LOG.warn("Could not reset failed logins: {}", e.getMessage());
        }
    }

    /**
     * The pair's current count (0 when none or expired); for tests and the admin view.
     */
    public int failures(String username, String source) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select failures, last_failure_at from login_failure" + " where username = :u and source_address = :s",
                params(username, source));
        return rows.isEmpty()
                || toInstant(rows.get(0).get("last_failure_at")).plus(props.throttleExpiry()).isBefore(clock.instant())
                        ? 0 : ((Number) rows.get(0).get("failures")).intValue();
    }

    private static MapSqlParameterSource params(String username, String source) {
        return new MapSqlParameterSource("u", key(username, 100)).addValue("s", key(source, 64));
    }

    static String key(String s, int max) {
        String k = s == null || s.isBlank() ? "unknown" : s.trim().toLowerCase(Locale.ROOT);
        return k.length() > max ? k.substring(0, max) : k;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("Unexpected timestamp type " + o.getClass());
    }

}
