package org.baclo.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.baclo.followup.Alert;
import org.baclo.followup.AlertCode;
import org.baclo.knowledge.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored follow-up alerts (table {@code follow_up_alert}) and their re-evaluation.
 * For a patient, every {@link AlertSource} is asked for the alerts that hold now; for the
 * codes a source owns the store opens the new ones, updates the open ones (severity,
 * message, since) and closes those no longer reported. The database keeps one open alert
 * per patient and code ({@code open_key} is unique). A clinician's resolved alert reopens
 * only when the condition began again later ({@code since} is newer) or became more
 * severe than when it was resolved; an acknowledged alert that becomes more severe is
 * OPEN again.
 *
 * <p>
 * Re-evaluation runs after a diary upload or plan activation commits
 * ({@link FollowUpDataChanged}), on a schedule ({@link AlertSchedule}), and locks the
 * patient's row so two instances never interleave for one patient.
 */
@Component
public class AlertStore {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStore.class);
    static final String COLUMNS = "id, patient_id, code, severity, since, message, patient_message, source, status,"
            + " opened_at, acknowledged_by, acknowledged_at, acknowledge_note, resolved_by, resolved_at, resolve_note,"
            + " closed_at";

    private final NamedParameterJdbcTemplate jdbc;

    private final List<AlertSource> sources;

    private final TransactionTemplate newTransaction;

    private final java.time.Clock clock;

    private final org.baclo.app.AfterRequest afterRequest;

    AlertStore(NamedParameterJdbcTemplate jdbc, List<AlertSource> sources, PlatformTransactionManager tm,
            java.time.Clock clock, org.baclo.app.AfterRequest afterRequest) {
        this.afterRequest = afterRequest;
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
        this.newTransaction = new TransactionTemplate(tm);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * After the change commits: re-evaluate the patient — at the end of the HTTP request
     * when there is one (its connection is back in the pool by then: a request never
     * holds two), else at once. A failure is logged; the schedule catches up.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(FollowUpDataChanged e) {
        if (!afterRequest.defer(() -> reevaluateLogged(e))) {
            reevaluateLogged(e);
        }
    }

    private void reevaluateLogged(FollowUpDataChanged e) {
        try {
            reevaluate(e.patientId(), clock.instant());
        }
        catch (RuntimeException ex) {
            LOG.warn("Follow-up alerts of patient {} not re-evaluated now (the schedule will): {}", e.patientId(),
                    ex.toString());
        }
    }

    /** Re-evaluates one patient's alerts at {@code now}, in its own transaction. */
    public void reevaluate(long patientId, Instant now) {
        newTransaction.executeWithoutResult(s -> apply(patientId, now));
    }

    /**
     * Re-evaluates every patient any source may have alerts for, or who has an open
     * alert; each on its own.
     */
    public int reevaluateAll(Instant now) {
        TreeSet<Long> ids = new TreeSet<>(
                jdbc.queryForList("select distinct patient_id from follow_up_alert where" + " open_key is not null",
                        new MapSqlParameterSource(), Long.class));
        sources.forEach(s -> ids.addAll(s.patientIds()));
        int done = 0;
        for (long id : ids) {
            try {
                reevaluate(id, now);
                done++;
            }
            catch (RuntimeException ex) {
                LOG.warn("Follow-up alerts of patient {} not re-evaluated: {}", id, ex.toString());
            }
        }
        return done;
    }

    private void apply(long patientId, Instant now) {
        jdbc.queryForList("select id from patient where id = :p for update", new MapSqlParameterSource("p", patientId),
                Long.class);
        for (AlertSource source : sources) {
            Map<AlertCode, Alert> reported = new EnumMap<>(AlertCode.class);
            source.evaluate(patientId, now)
                .stream()
                .filter(a -> source.codes().contains(a.code()))
                .forEach(a -> reported.putIfAbsent(a.code(), a));
            for (StoredAlert open : open(patientId)) {
                if (!source.codes().contains(open.code())) {
                    continue;
                }
                Alert a = reported.remove(open.code());
                if (a == null) {
                    jdbc.update(
                            "update follow_up_alert set status = 'CLOSED', open_key = null, closed_at = :now,"
                                    + " updated_at = :now where id = :id",
                            new MapSqlParameterSource("id", open.id()).addValue("now", utc(now)));
                }
                else if (a.severity().compareTo(open.severity()) > 0) {
                    // more severe than when it was acknowledged: open again, for the
                    // clinician to see it anew
                    jdbc.update("update follow_up_alert set severity = :severity, since = :since, message = :message,"
                            + " patient_message = :pm, source = :source, updated_at = :now, status = 'OPEN',"
                            + " acknowledged_by = null, acknowledged_at = null, acknowledge_note = null where id = :id",
                            values(a, now).addValue("id", open.id()));
                }
                else {
                    jdbc.update(
                            "update follow_up_alert set severity = :severity, since = :since, message = :message,"
                                    + " patient_message = :pm, source = :source, updated_at = :now where id = :id",
                            values(a, now).addValue("id", open.id()));
                }
            }
            for (Alert a : reported.values()) {
                Optional<StoredAlert> resolved = lastResolved(patientId, a.code());
                boolean reopen = resolved
                    .map(r -> a.since().isAfter(r.since()) || a.severity().compareTo(r.severity()) > 0)
                    .orElse(true);
                if (reopen) {
                    jdbc.update("insert into follow_up_alert (patient_id, code, severity, since, message,"
                            + " patient_message, source, status, open_key, opened_at, updated_at) values (:patient,"
                            + " :code, :severity, :since, :message, :pm, :source, 'OPEN', :key, :now, :now)"
                            + " on conflict do nothing",
                            values(a, now).addValue("patient", patientId)
                                .addValue("code", a.code().name())
                                .addValue("key", patientId + ":" + a.code().name()));
                }
            }
        }
    }

    private static MapSqlParameterSource values(Alert a, Instant now) {
        return new MapSqlParameterSource("severity", a.severity().name()).addValue("since", utc(a.since()))
            .addValue("message", cut(a.message(), 2000))
            .addValue("pm", cut(a.patientMessage(), 2000))
            .addValue("source", cut(a.sourceText(), 200))
            .addValue("now", utc(now));
    }

    /** The patient's open (or acknowledged) alerts, most severe first. */
    public List<StoredAlert> open(long patientId) {
        return sorted(jdbc.query(
                "select " + COLUMNS + " from follow_up_alert where patient_id = :p and open_key is" + " not null",
                new MapSqlParameterSource("p", patientId), AlertStore::row));
    }

    /** Every alert of the patient, newest first. */
    public List<StoredAlert> all(long patientId) {
        return jdbc.query("select " + COLUMNS + " from follow_up_alert where patient_id = :p order by opened_at desc,"
                + " id desc", new MapSqlParameterSource("p", patientId), AlertStore::row);
    }

    /**
     * Open alerts of the care teams' patients, most severe first, then oldest first; one
     * statement whatever the number of patients (no list of their ids).
     */
    List<StoredAlert> openOfTeams(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return sorted(jdbc.query(
                "select " + COLUMNS + " from follow_up_alert where open_key is not null and"
                        + " patient_id in (select id from patient where care_team_id in (:t))",
                new MapSqlParameterSource("t", teamIds), AlertStore::row));
    }

    Optional<StoredAlert> find(long patientId, long alertId) {
        return jdbc
            .query("select " + COLUMNS + " from follow_up_alert where patient_id = :p and id = :id",
                    new MapSqlParameterSource("p", patientId).addValue("id", alertId), AlertStore::row)
            .stream()
            .findFirst();
    }

    /** Marks an open alert acknowledged; false when it is no longer open. */
    boolean acknowledge(long alertId, String by, String note, Instant now) {
        return jdbc.update("update follow_up_alert set status = 'ACKNOWLEDGED', acknowledged_by = :by,"
                + " acknowledged_at = :now, acknowledge_note = :note, updated_at = :now where id = :id and open_key"
                + " is not null",
                new MapSqlParameterSource("id", alertId).addValue("by", by)
                    .addValue("note", note)
                    .addValue("now", utc(now))) == 1;
    }

    /** Resolves an open alert; false when it is no longer open. */
    boolean resolve(long alertId, String by, String note, Instant now) {
        return jdbc.update("update follow_up_alert set status = 'RESOLVED', open_key = null, resolved_by = :by,"
                + " resolved_at = :now, resolve_note = :note, updated_at = :now where id = :id and open_key is not"
                + " null",
                new MapSqlParameterSource("id", alertId).addValue("by", by)
                    .addValue("note", note)
                    .addValue("now", utc(now))) == 1;
    }

    private Optional<StoredAlert> lastResolved(long patientId, AlertCode code) {
        return jdbc
            .query("select " + COLUMNS + " from follow_up_alert where patient_id = :p and code = :c and"
                    + " status = 'RESOLVED' order by resolved_at desc, id desc",
                    new MapSqlParameterSource("p", patientId).addValue("c", code.name()), AlertStore::row)
            .stream()
            .findFirst();
    }

    static List<StoredAlert> sorted(List<StoredAlert> list) {
        return list.stream()
            .sorted(java.util.Comparator.comparing(StoredAlert::severity)
                .reversed()
                .thenComparing(StoredAlert::openedAt)
                .thenComparing(StoredAlert::id))
            .toList();
    }

    private static StoredAlert row(ResultSet rs, int i) throws SQLException {
        return new StoredAlert(rs.getLong("id"), rs.getLong("patient_id"), AlertCode.valueOf(rs.getString("code")),
                Severity.valueOf(rs.getString("severity")), instant(rs, "since"), rs.getString("message"),
                rs.getString("patient_message"), rs.getString("source"),
                StoredAlert.Status.valueOf(rs.getString("status")), instant(rs, "opened_at"),
                rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("acknowledge_note"),
                rs.getString("resolved_by"), instant(rs, "resolved_at"), rs.getString("resolve_note"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
