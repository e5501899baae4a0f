package org.baclo.diary;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled re-evaluation of every patient's follow-up alerts (a gap of missed doses
 * opens an alert without any upload), safe with several application instances: each tick,
 * an instance tries to claim the lease row {@code job_lease('followup-alerts')} with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} where the lease has expired, moves the lease
 * forward by most of a period and commits. Another instance ticking at the same moment
 * skips the locked row, and one ticking later in the period finds the lease unexpired:
 * one run per period in the cluster. An instance that dies mid-run leaves the lease to
 * expire; the next period runs again. The claim also counts the run ({@code runs}, V96).
 */
@Component
public class AlertSchedule {

    static final String JOB = "followup-alerts";

    private static final Logger LOG = LoggerFactory.getLogger(AlertSchedule.class);

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final NamedParameterJdbcTemplate jdbc;

    private final AlertStore alerts;

    private final TransactionTemplate tx;

    private final Clock clock;

    private final Duration lease;

    AlertSchedule(NamedParameterJdbcTemplate jdbc, AlertStore alerts, PlatformTransactionManager tm, Clock clock,
            @Value("${baclo.followup.reevaluate-every:PT15M}") Duration period) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.tx = new TransactionTemplate(tm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.lease = period.minus(period.dividedBy(10));
    }

    @Scheduled(fixedDelayString = "${baclo.followup.reevaluate-every:PT15M}",
            initialDelayString = "${baclo.followup.reevaluate-initial-delay:PT1M}")
    void tick() {
        runOnce(clock.instant(), INSTANCE);
    }

    /**
     * Runs the re-evaluation at {@code now} if this instance wins the lease; true when it
     * ran.
     */
    public boolean runOnce(Instant now, String instance) {
        Boolean claimed = tx.execute(s -> {
            MapSqlParameterSource p = new MapSqlParameterSource("name", JOB).addValue("now", AlertStore.utc(now));
            boolean free = !jdbc
                .queryForList("select name from job_lease where name = :name and leased_until <= :now"
                        + " for update skip locked", p, String.class)
                .isEmpty();
            if (free) {
                jdbc.update(
                        "update job_lease set leased_until = :until, leased_by = :by, runs = runs + 1"
                                + " where name = :name",
                        p.addValue("until", AlertStore.utc(now.plus(lease))).addValue("by", instance));
            }
            return free;
        });
        if (!Boolean.TRUE.equals(claimed)) {
            return false;
        }
        int n = alerts.reevaluateAll(now);
        LOG.info("Follow-up alerts re-evaluated for {} patient(s) by {}", n, instance);
        return true;
    }

}
