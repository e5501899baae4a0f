package org.baclo.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: every read or change of patient data, and every denied attempt, is recorded. Records are written
 * in their own transaction so a denied or failed request still leaves its trace.
 */
@Service
public class AuditService {
    private final AuditEventRepository events;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditService(AuditEventRepository events, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the current user. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, Long patientId, AuditOutcome outcome, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null || !auth.isAuthenticated() ? null : auth.getName();
        String role = auth != null && auth.getPrincipal() instanceof BacloPrincipal p ? p.role().name() : null;
        save(user, role, action, patientId, outcome, detail);
    }

    /** Records an action on behalf of a named user (e.g. a login attempt). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String username, Role role, String action, Long patientId, AuditOutcome outcome,
            String detail) {
        save(username, role == null ? null : role.name(), action, patientId, outcome, detail);
    }

    /**
     * Records an attempt with the client's source address (a login, a refusal before any user is known). Written
     * with one insert in the caller's transaction, or on its own when there is none (as in the security filters).
     */
    public void recordFrom(String username, Role role, String source, String action, Long patientId,
            AuditOutcome outcome, String detail) {
        jdbc.update("insert into audit_event (occurred_at, username, role, action, patient_id, outcome, detail,"
                + " source_address) values (:at, :user, :role, :action, :patient, :outcome, :detail, :source)",
                new MapSqlParameterSource("at", java.sql.Timestamp.from(clock.instant()))
                        .addValue("user", cut(username, 100)).addValue("role", role == null ? null : role.name())
                        .addValue("action", action).addValue("patient", patientId)
                        .addValue("outcome", outcome.name()).addValue("detail", cut(detail, 1000))
                        .addValue("source", cut(source, 64)));
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    private void save(String user, String role, String action, Long patientId, AuditOutcome outcome,
            String detail) {
        String d = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        String u = user == null ? null : user.length() > 100 ? user.substring(0, 100) : user;
        events.save(new AuditEvent(null, clock.instant(), u, role, action, patientId, outcome.name(), d));
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
        return jdbc.query(sql.toString(), p, (rs, i) -> new AuditEvent(rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"), rs.getString("role"),
                rs.getString("action"), rs.getObject("patient_id") == null ? null : rs.getLong("patient_id"),
                rs.getString("outcome"), rs.getString("detail")));
    }
}
