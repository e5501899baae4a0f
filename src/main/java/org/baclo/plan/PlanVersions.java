package org.baclo.plan;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next plan version number of a patient, from the patient's counter row
 * ({@code plan_version_counter}), which also serialises the activations of the patient's
 * plans ({@link #lockPlans}). Called inside the transaction that saves the plan: the
 * counter row stays locked until it commits, so concurrent creations for one patient get
 * distinct, gap-free numbers, and a rolled-back creation gives its number back.
 */
@Component
public class PlanVersions {

    private final NamedParameterJdbcTemplate jdbc;

    PlanVersions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(long patientId) {
        Map<String, Long> p = Map.of("patientId", patientId);
        if (increment(p) == 0) {
            // First plan of this patient: create the counter from the plans already
            // stored. A concurrent first
            // creation waits for the other's uncommitted row and then inserts nothing.
            // (No lock on the patient row:
            // with the plan's foreign key to it, that deadlocked against creations on the
            // fast path.)
            jdbc.update("insert into plan_version_counter (patient_id, last_version_no) select :patientId,"
                    + " coalesce(max(version_no), 0) from plan_record where patient_id = :patientId"
                    + " on conflict do nothing", p);
            if (increment(p) == 0) {
                throw new IllegalStateException("No version counter for patient " + patientId);
            }
        }
        Integer n = jdbc.queryForObject(
                "select last_version_no from plan_version_counter" + " where patient_id = :patientId", p,
                Integer.class);
        return n == null ? 1 : n;
    }

    /**
     * Locks the patient's plan counter until the transaction ends, so that activations
     * (which supersede the active plan) for one patient take turns and never leave two
     * active plans. Taken before reading the plans.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockPlans(long patientId) {
        Map<String, Long> p = Map.of("patientId", patientId);
        if (jdbc
            .queryForList(
                    "select last_version_no from plan_version_counter where patient_id = :patientId" + " for update", p,
                    Integer.class)
            .isEmpty()) {
            jdbc.update("insert into plan_version_counter (patient_id, last_version_no) select :patientId,"
                    + " coalesce(max(version_no), 0) from plan_record where patient_id = :patientId"
                    + " on conflict do nothing", p);
            jdbc.queryForList(
                    "select last_version_no from plan_version_counter where patient_id = :patientId" + " for update", p,
                    Integer.class);
        }
    }

    private int increment(Map<String, Long> p) {
        return jdbc.update("update plan_version_counter set last_version_no = last_version_no + 1"
                + " where patient_id = :patientId", p);
    }

}
