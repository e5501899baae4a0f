package org.baclo.diary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.Regimen;
import org.baclo.report.PlanFiles;
import org.baclo.storedplans.StoredPlanSteps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The regimens of a patient's stored plans, read back from the plan document each plan
 * record keeps (the same document {@code baclo plan --out} writes, so
 * {@code baclo followup} and the application evaluate the same regimen). Reads table
 * {@code plan_record} directly: the plan package publishes to this one, not the reverse.
 */
@Component
class PlanRegimens {

    private final NamedParameterJdbcTemplate jdbc;

    private final Knowledge knowledge;

    private final StoredPlanSteps steps;

    PlanRegimens(NamedParameterJdbcTemplate jdbc, Knowledge knowledge, StoredPlanSteps steps) {
        this.jdbc = jdbc;
        this.knowledge = knowledge;
        this.steps = steps;
    }

    /**
     * A stored plan's regimen, with its record id and version, and the day it was
     * superseded (if it was).
     */
    record PlanRegimen(long planId, int versionNo, Regimen regimen, Optional<LocalDate> supersededOn) {
    }

    /** The patient's active plan, if any. */
    Optional<PlanRegimen> active(long patientId) {
        return query("select id, version_no, plan_json, superseded_on from plan_record where patient_id = :p and"
                + " status = 'ACTIVE' order by version_no desc", patientId)
            .stream()
            .findFirst();
    }

    /**
     * The steps of a stored plan and the day it was superseded (if it was): all the
     * timeline needs of each plan.
     */
    record PlannedSteps(StoredPlanSteps.Steps steps, Optional<LocalDate> supersededOn) {
    }

    /**
     * The steps of the active plan and the plans it superseded, oldest first (for the
     * timeline's planned dose): one light statement, each document read once per plan and
     * instance ({@link StoredPlanSteps}).
     */
    List<PlannedSteps> historySteps(long patientId) {
        record Row(StoredPlanSteps.PlanKey key, Optional<LocalDate> supersededOn) {
        }
        List<Row> rows = jdbc.query(
                "select id, created_at, superseded_on from plan_record where patient_id = :p and"
                        + " status in ('ACTIVE', 'SUPERSEDED') order by version_no",
                new MapSqlParameterSource("p", patientId), (rs, i) -> new Row(StoredPlanSteps.PlanKey.of(rs, 1, 2),
                        Optional.ofNullable(rs.getObject(3, LocalDate.class))));
        Map<Long, StoredPlanSteps.Steps> byPlan = steps.of(rows.stream().map(Row::key).toList());
        return rows.stream().map(r -> new PlannedSteps(byPlan.get(r.key().id()), r.supersededOn())).toList();
    }

    /** The patients with an active plan. */
    List<Long> patientsWithActivePlan() {
        return jdbc.queryForList(
                "select distinct patient_id from plan_record where status = 'ACTIVE' order by" + " patient_id",
                new MapSqlParameterSource(), Long.class);
    }

    private List<PlanRegimen> query(String sql, long patientId) {
        return jdbc.query(sql, new MapSqlParameterSource("p", patientId),
                (rs, i) -> new PlanRegimen(rs.getLong(1), rs.getInt(2), regimen(PlanFiles.read(rs.getString(3))),
                        Optional.ofNullable(rs.getObject(4, LocalDate.class))));
    }

    /**
     * The regimen a stored plan document describes, read by the one plan reader (its time
     * zone is always written).
     */
    Regimen regimen(PlanFiles.PlanFile f) {
        return f.regimen().toRegimen(knowledge, ZoneId.of(f.regimen().timeZone()));
    }

}
