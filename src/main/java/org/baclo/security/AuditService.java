package org.baclo.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.baclo.app.BoundedCache;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: every read or change of patient data, and every denied attempt, is
 * recorded — without ever holding a second pooled connection while the caller holds one
 * (that deadlocked the pool under load):
 * <ul>
 * <li>a successful change joins the caller's read-write transaction: the change and its
 * audit row commit together, and a change that rolls back leaves no audit row;</li>
 * <li>with no transaction active the row is written at once, in its own short
 * transaction;</li>
 * <li>a read inside a read-only transaction, and a refusal (whose transaction is about to
 * roll back), is kept in memory and written after the request's transactions have ended:
 * by {@link AuditFlushFilter} at the end of the HTTP request, or, off the request path
 * (startup jobs, tests calling services), when the transaction completes.</li>
 * </ul>
 */
@Service
public class AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

    private final AuditEventRepository events;

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    private final TransactionTemplate alone;

    /** Rows waiting for the end of the current transaction or request, per thread. */
    private final ThreadLocal<List<AuditEvent>> pending = new ThreadLocal<>();

    /**
     * Set while an HTTP request runs through {@link AuditFlushFilter}, which writes the
     * pending rows at its end.
     */
    private final ThreadLocal<Boolean> requestScope = new ThreadLocal<>();

    AuditService(AuditEventRepository events, NamedParameterJdbcTemplate jdbc, Clock clock,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action by the current user. */
    public void record(String action, Long patientId, AuditOutcome outcome, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null || !auth.isAuthenticated() ? null : auth.getName();
        String role = auth != null && auth.getPrincipal() instanceof BacloPrincipal p ? p.role().name() : null;
        write(event(user, role, action, patientId, outcome, detail));
    }

    /**
     * Records an action by the current user on a patient unless the same user already has
     * a row of the same action on the same patient, of any outcome, within {@code window}
     * (issue 14: the plan builder previews on every keystroke; its read of the patient is
     * audited once per builder session, not per keystroke). The check reads the database,
     * so it holds across application instances.
     * @return whether a row was recorded
     */
    public boolean recordOnceWithin(Duration window, String action, long patientId, AuditOutcome outcome,
            String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null || !auth.isAuthenticated() ? null : auth.getName();
        if (user != null) {
            String key = cut(user, 100) + "\n" + patientId + "\n" + action;
            Instant since = clock.instant().minus(window);
            Instant seen = recentlyRecorded.get(key);
            if (seen != null && !seen.isBefore(since)) {
                return false; // a row this recent was seen in the database: it is there
            }
            java.sql.Timestamp last = jdbc.queryForObject(
                    "select max(occurred_at) from audit_event where username = :user and patient_id = :patient"
                            + " and action = :action and occurred_at >= :since",
                    new MapSqlParameterSource("user", cut(user, 100)).addValue("patient", patientId)
                        .addValue("action", action)
                        .addValue("since", java.sql.Timestamp.from(since)),
                    java.sql.Timestamp.class);
            if (last != null) {
                recentlyRecorded.put(key, last.toInstant());
                return false;
            }
        }
        record(action, patientId, outcome, detail);
        return true;
    }

    /**
     * When an audit row of a user, patient and action was last seen in the database, for
     * {@link #recordOnceWithin}: the builder previews on every change of a field, and the
     * database check (a scan of the user's recent rows) was a third of a preview's
     * database time (issue 15). Only rows read back from the database are remembered,
     * never rows this instance is about to write, so a lost write is not taken for a
     * recorded one.
     */
    private final BoundedCache<String, Instant> recentlyRecorded = new BoundedCache<>(10_000);

    /** Records an action on behalf of a named user (e.g. a login attempt). */
    public void recordAs(String username, Role role, String action, Long patientId, AuditOutcome outcome,
            String detail) {
        write(event(username, role == null ? null : role.name(), action, patientId, outcome, detail));
    }

    /**
     * Records an attempt with the client's source address (a login, a refusal before any
     * user is known). Written with one insert in the caller's transaction, or on its own
     * when there is none (as in the security filters).
     */
    public void recordFrom(String username, Role role, String source, String action, Long patientId,
            AuditOutcome outcome, String detail) {
        jdbc.update(
                "insert into audit_event (occurred_at, username, role, action, patient_id, outcome, detail,"
                        + " source_address) values (:at, :user, :role, :action, :patient, :outcome, :detail, :source)",
                new MapSqlParameterSource("at", java.sql.Timestamp.from(clock.instant()))
                    .addValue("user", cut(username, 100))
                    .addValue("role", role == null ? null : role.name())
                    .addValue("action", action)
                    .addValue("patient", patientId)
                    .addValue("outcome", outcome.name())
                    .addValue("detail", cut(detail, 1000))
                    .addValue("source", cut(source, 64)));
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    private AuditEvent event(String user, String role, String action, Long patientId, AuditOutcome outcome,
            String detail) {
        String d = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        String u = user == null ? null : user.length() > 100 ? user.substring(0, 100) : user;
        return new AuditEvent(null, clock.instant(), u, role, action, patientId, outcome.name(), d);
    }

    private void write(AuditEvent e) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            events.save(e); // its own short transaction; the caller holds no connection
        }
        else if (AuditOutcome.OK.name().equals(e.outcome())
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            events.save(e); // joins the caller's transaction: commits or rolls back with
                            // the change
        }
        else {
            defer(e);
        }
    }

    private void defer(AuditEvent e) {
        List<AuditEvent> list = pending.get();
        boolean first = list == null;
        if (first) {
            list = new ArrayList<>();
            pending.set(list);
        }
        list.add(e);
        if (first && requestScope.get() == null && TransactionSynchronizationManager.isSynchronizationActive()) {
            // Off the request path: nothing else will flush, so write once this
            // transaction has completed.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    writePending();
                }
            });
        }
    }

    /**
     * Runs {@code request} with audit rows of reads and refusals collected, then writes
     * them (one transaction).
     */
    void inRequest(ThrowingRunnable request) throws Exception {
        if (requestScope.get() != null) {
            request.run();
            return;
        }
        requestScope.set(Boolean.TRUE);
        try {
            request.run();
        }
        finally {
            requestScope.remove();
            writePending();
        }
    }

    /** The body of an HTTP request, for {@link #inRequest}. */
    @FunctionalInterface
    interface ThrowingRunnable {

        void run() throws Exception;

    }

    private void writePending() {
        List<AuditEvent> list = pending.get();
        pending.remove();
        if (list == null || list.isEmpty()) {
            return;
        }
        try {
            // one JDBC batch, however many rows (a long patient list is audited in
            // several)
            MapSqlParameterSource[] rows = list.stream()
                .map(e -> new MapSqlParameterSource("at", java.sql.Timestamp.from(e.occurredAt()))
                    .addValue("user", e.username())
                    .addValue("role", e.role())
                    .addValue("action", e.action())
                    .addValue("patient", e.patientId())
                    .addValue("outcome", e.outcome())
                    .addValue("detail", e.detail()))
                .toArray(MapSqlParameterSource[]::new);
            alone.executeWithoutResult(s -> jdbc.batchUpdate("insert into audit_event (occurred_at, username, role,"
                    + " action, patient_id, outcome, detail) values (:at, :user, :role, :action, :patient, :outcome,"
                    + " :detail)", rows));
        }
        catch (RuntimeException ex) {
            LOG.error("Could not write {} audit record(s) of reads or refusals", list.size(), ex);
        }
    }

    /** The newest events matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter f) {
        StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> parts = new ArrayList<>();
        if (f.username() != null && !f.username().isBlank()) {
            parts.add(" and lower(username) = lower(:username)");
            p.addValue("username", f.username().trim());
        }
        if (f.patientId() != null) {
            parts.add(" and patient_id = :patientId");
            p.addValue("patientId", f.patientId());
        }
        if (f.action() != null && !f.action().isBlank()) {
            parts.add(" and action = :action");
            p.addValue("action", f.action().trim());
        }
        if (f.from() != null) {
            parts.add(" and occurred_at >= :from");
            p.addValue("from", java.sql.Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            parts.add(" and occurred_at < :to");
            p.addValue("to", java.sql.Timestamp.from(f.to()));
        }
        parts.forEach(sql::append);
        sql.append(" order by occurred_at desc, id desc limit ").append(f.limitOrDefault());
        return jdbc.query(sql.toString(), p,
                (rs, i) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getString("role"), rs.getString("action"),
                        rs.getObject("patient_id") == null ? null : rs.getLong("patient_id"), rs.getString("outcome"),
                        rs.getString("detail")));
    }

}
