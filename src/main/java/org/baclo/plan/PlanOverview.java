package org.baclo.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.knowledge.Severity;
import org.baclo.patient.Patient;
import org.baclo.storedplans.StoredPlanSteps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the patient list and the clinician worklist show of each patient's plans: the
 * active plan and today's dose, drafts waiting, the last day of the active plan and
 * whether it was activated over a CRITICAL finding. The caller has already listed
 * (access-checked and audited) the patients; this reads no other patient.
 */
@Service
public class PlanOverview {

    /** A plan ending within this many days needs a decision about what comes next. */
    public static final int ENDING_WITHIN_DAYS = 7;

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    private final StoredPlanSteps steps;

    PlanOverview(NamedParameterJdbcTemplate jdbc, Clock clock, StoredPlanSteps steps) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.steps = steps;
    }

    /**
     * One patient's plans at a glance. {@code todayMg} is the active plan's daily dose
     * today in the patient's zone (null without an active plan or before it starts);
     * {@code activeEnds} its last step's last day.
     */
    public record Summary(Integer activeVersion, String activeKind, BigDecimal todayMg, LocalDate activeEnds,
            boolean endingSoon, boolean criticalOverride, int drafts) {

        public boolean hasActive() {
            return activeVersion != null;
        }
    }

    /** Ids per statement when patients are read in batches. */
    static final int BATCH = 1000;

    @Transactional(readOnly = true)
    public Summary of(Patient p) {
        return of(List.of(p)).get(p.id());
    }

    /**
     * The plans at a glance of many patients, by patient id, in two statements per
     * {@value #BATCH} patients (the active plans; the number of drafts) and the steps of
     * plans not read before ({@link StoredPlanSteps}), never one per patient.
     */
    @Transactional(readOnly = true)
    public Map<Long, Summary> of(List<Patient> patients) {
        Map<Long, Integer> drafts = new HashMap<>();
        Map<Long, Active> active = new HashMap<>();
        List<Long> ids = patients.stream().map(Patient::id).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            MapSqlParameterSource p = new MapSqlParameterSource("ids",
                    ids.subList(from, Math.min(ids.size(), from + BATCH)));
            jdbc.query("select patient_id, count(*) from plan_record where status = 'DRAFT' and patient_id in (:ids)"
                    + " group by patient_id", p, rs -> {
                        drafts.put(rs.getLong(1), rs.getInt(2));
                    });
            jdbc.query("select patient_id, id, created_at, version_no, kind, max_severity, override_reason"
                    + " from plan_record where status = 'ACTIVE' and patient_id in (:ids)", p, rs -> {
                        String severity = rs.getString(6);
                        active.put(rs.getLong(1),
                                new Active(StoredPlanSteps.PlanKey.of(rs, 2, 3), rs.getInt(4), rs.getString(5),
                                        severity == null ? null : Severity.valueOf(severity), rs.getString(7)));
                    });
        }
        Map<Long, StoredPlanSteps.Steps> stepsByPlan = steps.of(active.values().stream().map(Active::plan).toList());
        Map<Long, Summary> out = new HashMap<>();
        for (Patient p : patients) {
            Active a = active.get(p.id());
            out.put(p.id(),
                    summary(p, a, a == null ? null : stepsByPlan.get(a.plan().id()), drafts.getOrDefault(p.id(), 0)));
        }
        return out;
    }

    /**
     * The steps of the patient's active plan, if any (one light statement; the document
     * is read once per plan and instance by {@link StoredPlanSteps}).
     */
    Optional<StoredPlanSteps.Steps> activeSteps(long patientId) {
        List<StoredPlanSteps.PlanKey> keys = jdbc.query(
                "select id, created_at from plan_record where patient_id = :p and status = 'ACTIVE'"
                        + " order by version_no desc",
                new MapSqlParameterSource("p", patientId), (rs, i) -> StoredPlanSteps.PlanKey.of(rs, 1, 2));
        return keys.stream().findFirst().map(steps::of);
    }

    /**
     * What the overview needs of an active plan (its steps come from
     * {@link StoredPlanSteps}).
     */
    private record Active(StoredPlanSteps.PlanKey plan, int versionNo, String kind, Severity maxSeverity,
            String overrideReason) {
    }

    private Summary summary(Patient p, Active a, StoredPlanSteps.Steps planSteps, int drafts) {
        if (a == null) {
            return new Summary(null, null, null, null, false, false, drafts);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(p.timeZone())));
        BigDecimal mg = planSteps.doseOn(today).orElse(null);
        LocalDate ends = planSteps.lastDay().orElse(null);
        boolean endingSoon = ends != null && !ends.isBefore(today) && !ends.isAfter(today.plusDays(ENDING_WITHIN_DAYS));
        boolean critical = a.maxSeverity() == Severity.CRITICAL && a.overrideReason() != null;
        return new Summary(a.versionNo(), a.kind(), mg, ends, endingSoon, critical, drafts);
    }

}
