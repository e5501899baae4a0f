package org.baclo.diary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baclo.app.ConflictException;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.baclo.knowledge.Severity;
import org.baclo.patient.PatientAccess;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up alerts for people: a patient's alerts (the patient sees their own open alerts
 * with the patient messages), acknowledge and resolve with a note (clinicians of the care
 * team), and the clinician dashboard. Access-checked and audited.
 */
@Service
public class FollowUpAlerts {

    static final int MAX_NOTE = 1000;

    private final AlertStore store;

    private final PatientAccess access;

    private final AuditService audit;

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    FollowUpAlerts(AlertStore store, PatientAccess access, AuditService audit, NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The patient's alerts: open ones only, or all (newest first). */
    @Transactional(readOnly = true)
    public List<StoredAlert> list(BacloPrincipal user, long patientId, boolean all) {
        access.require(user, patientId, "ALERT_LIST");
        List<StoredAlert> list = all ? store.all(patientId) : store.open(patientId);
        audit.record("ALERT_LIST", patientId, AuditOutcome.OK, list.size() + " alert(s)");
        return list;
    }

    @Transactional
    public StoredAlert acknowledge(BacloPrincipal user, long patientId, long alertId, String note) {
        return change(user, patientId, alertId, note, false);
    }

    @Transactional
    public StoredAlert resolve(BacloPrincipal user, long patientId, long alertId, String note) {
        return change(user, patientId, alertId, note, true);
    }

    private StoredAlert change(BacloPrincipal user, long patientId, long alertId, String note, boolean resolve) {
        String action = resolve ? "ALERT_RESOLVE" : "ALERT_ACKNOWLEDGE";
        access.requireClinician(user, patientId, action);
        access.require(user, patientId, action);
        String n = note == null ? "" : note.strip();
        if (resolve && n.isEmpty() || n.length() > MAX_NOTE) {
            audit.record(action, patientId, AuditOutcome.INVALID, "alert " + alertId + ": note");
            throw new InvalidInputException("note",
                    n.isEmpty()
                            ? "is required: say what was done (e.g. 'called the"
                                    + " patient, restarted 10 mg three times a day')"
                            : "at most " + MAX_NOTE + " characters");
        }
        StoredAlert a = store.find(patientId, alertId).orElseThrow(() -> {
            audit.record(action, patientId, AuditOutcome.NOT_FOUND, "alert " + alertId);
            return new NotFoundException("No alert " + alertId + " for this patient.");
        });
        Instant now = clock.instant();
        boolean done = resolve ? store.resolve(alertId, user.username(), n, now)
                : store.acknowledge(alertId, user.username(), n.isEmpty() ? null : n, now);
        if (!done) {
            audit.record(action, patientId, AuditOutcome.INVALID, "alert " + alertId + " is " + a.status());
            throw new ConflictException("This alert is " + a.status().name().toLowerCase() + ", no longer open."
                    + " Reload the patient's alerts.");
        }
        audit.record(action, patientId, AuditOutcome.OK, "alert " + alertId + " " + a.code());
        return store.find(patientId, alertId).orElseThrow();
    }

    /**
     * One patient of the dashboard with their open alerts (most severe first), the most
     * severe alert's severity ({@code worst}, null when none is open) and when the oldest
     * of the most severe alerts opened ({@code worstSince}) — computed once, since the
     * dashboard sorts hundreds of rows by them.
     */
    public record DashboardRow(long patientId, String name, List<StoredAlert> alerts, Severity worst,
            Instant worstSince) {

        public DashboardRow(long patientId, String name, List<StoredAlert> alerts) {
            this(patientId, name, alerts, alerts.isEmpty() ? null : alerts.get(0).severity(), since(alerts));
        }

        private static Instant since(List<StoredAlert> alerts) {
            Severity worst = alerts.isEmpty() ? null : alerts.get(0).severity();
            return alerts.stream()
                .filter(a -> a.severity() == worst)
                .map(StoredAlert::openedAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
        }

        /** Whole hours the most severe alert has been open at {@code now}. */
        public long hoursOpen(Instant now) {
            return worstSince == null ? 0 : java.time.Duration.between(worstSince, now).toHours();
        }
    }

    /**
     * The care teams' patients sorted by their most severe open alert, then by how long
     * that alert has been open (oldest first), then by name; patients without alerts
     * last.
     */
    @Transactional(readOnly = true)
    public List<DashboardRow> dashboard(BacloPrincipal user) {
        access.requireClinician(user, null, "DASHBOARD");
        List<Long> teams = access.teamsOf(user);
        Map<Long, String> names = new LinkedHashMap<>();
        if (!teams.isEmpty()) {
            jdbc.query("select id, name from patient where care_team_id in (:t) order by name, id",
                    new MapSqlParameterSource("t", teams), rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        Map<Long, List<StoredAlert>> byPatient = new LinkedHashMap<>();
        for (StoredAlert a : store.openOfTeams(teams)) {
            byPatient.computeIfAbsent(a.patientId(), k -> new ArrayList<>()).add(a);
        }
        List<DashboardRow> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new DashboardRow(id, name, byPatient.getOrDefault(id, List.of()))));
        rows.sort(Comparator.comparing(DashboardRow::worst, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(DashboardRow::worstSince, Comparator.nullsLast(Comparator.naturalOrder())));
        audit.record("DASHBOARD", null, AuditOutcome.OK, rows.size() + " patient(s)");
        return rows;
    }

}
