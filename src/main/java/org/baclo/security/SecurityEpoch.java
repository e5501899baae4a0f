package org.baclo.security;

import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cluster-wide version of "who may authenticate how": one counter row
 * ({@code security_epoch}, migration V95) that every change which must end cached
 * authentications bumps in its own transaction (a token revoked, a user disabled or
 * enabled, a password changed). Each instance reads the counter at most once per
 * {@code baclo.security.epoch-check-interval} (1 s); the authentication caches
 * ({@link AuthCache}) drop every entry made under another value. So a change made on any
 * instance is seen by every instance within that interval, and by the instance that made
 * it as soon as it commits.
 */
@Component
public class SecurityEpoch {

    /** Returned when the counter cannot be read: matches no cache entry. */
    static final long UNKNOWN = Long.MIN_VALUE;

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEpoch.class);

    private final NamedParameterJdbcTemplate jdbc;

    private final long intervalNanos;

    private final LongSupplier nanos;

    private volatile long epoch = UNKNOWN;

    private volatile long readAt;

    private volatile boolean stale = true;

    @Autowired
    SecurityEpoch(NamedParameterJdbcTemplate jdbc,
            @Value("${baclo.security.epoch-check-interval:PT1S}") Duration interval) {
        this(jdbc, interval, System::nanoTime);
    }

    SecurityEpoch(NamedParameterJdbcTemplate jdbc, Duration interval, LongSupplier nanos) {
        this.jdbc = jdbc;
        this.intervalNanos = interval.toNanos();
        this.nanos = nanos;
    }

    /**
     * The counter as this instance last read it, read again when older than the interval
     * or after a local bump committed.
     */
    public long current() {
        if (stale || nanos.getAsLong() - readAt >= intervalNanos) {
            synchronized (this) {
                long now = nanos.getAsLong();
                if (stale || now - readAt >= intervalNanos) {
                    stale = false;
                    readAt = now;
                    epoch = read();
                }
            }
        }
        return epoch;
    }

    private long read() {
        try {
            Long v = jdbc.queryForObject("select epoch from security_epoch where id = 1", Map.of(), Long.class);
            return v == null ? UNKNOWN : v;
        }
        catch (DataAccessException e) {
            LOG.warn("Could not read the security epoch ({}); authentication caches are bypassed", e.getMessage());
            stale = true;
            return UNKNOWN;
        }
    }

    /**
     * Moves the counter on in the caller's transaction (it commits or rolls back with the
     * change it announces); this instance re-reads it right after the commit.
     */
    public void bump() {
        jdbc.update("update security_epoch set epoch = epoch + 1 where id = 1", Map.of());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    stale = true;
                }
            });
        }
        else {
            stale = true;
        }
    }

}
