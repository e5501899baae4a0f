package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.baclo.patient.PatientSummary;
import org.baclo.plan.PlanOverview;
import org.junit.jupiter.api.Test;

/**
 * The patient list's and worklist's reasons to review a record, and the renal band in
 * words and colour.
 */
class PatientRowTest {

    private static PatientSummary patient(PatientSummary.Creatinine creat, String band) {
        PatientSummary.Renal renal = band == null
                ? new PatientSummary.Renal(null, null, null, null, List.of(), "No creatinine")
                : new PatientSummary.Renal(new BigDecimal("34.4"), "CG", "", band, List.of(), null);
        return new PatientSummary(1, "Ann", LocalDate.of(1950, 1, 1), 76, "female", new BigDecimal("60"), null, creat,
                null, false, false, List.of(), List.of(), "spasticity-ms", "MS", "Europe/London", 1, renal, null, 0);
    }

    private static final PatientSummary.Creatinine FRESH = new PatientSummary.Creatinine(new BigDecimal("1.4"), "mg/dL",
            LocalDate.of(2026, 12, 1), false, 90);

    private static final PlanOverview.Summary QUIET = new PlanOverview.Summary(1, "TITRATE", new BigDecimal("15.0"),
            LocalDate.of(2027, 3, 1), false, false, 0);

    @Test
    void a_current_record_with_a_quiet_plan_needs_no_review() {
        PatientRow r = PatientRow.of(patient(FRESH, "MODERATE"), QUIET);
        assertThat(r.needsReview()).isFalse();
        assertThat(r.planText()).isEqualTo("Active plan v1 (titrate): 15 mg today");
        assertThat(r.bandText()).isEqualTo("Moderate impairment");
        assertThat(r.bandClass()).isEqualTo("text-bg-warning");
    }

    @Test
    void stale_creatinine_drafts_ending_plans_and_critical_overrides_are_flagged() {
        // BACLOFEN.md §5: kidney function drives the plan, so an old creatinine is a
        // reason to review.
        PatientSummary.Creatinine stale = new PatientSummary.Creatinine(new BigDecimal("1.4"), "mg/dL",
                LocalDate.of(2026, 1, 1), true, 90);
        PlanOverview.Summary busy = new PlanOverview.Summary(2, "TAPER", null, LocalDate.of(2026, 12, 10), true, true,
                2);
        PatientRow r = PatientRow.of(patient(stale, "SEVERE"), busy);
        assertThat(r.flags()).containsExactly("Creatinine older than 90 days", "2 draft plans waiting",
                "Plan ends Thu 10 Dec 2026", "Active plan overrides a CRITICAL finding");
        assertThat(r.planText()).isEqualTo("Active plan v2 (taper), not started");
        assertThat(r.bandClass()).isEqualTo("text-bg-danger");
    }

    @Test
    void no_creatinine_and_no_plan() {
        PatientRow r = PatientRow.of(patient(null, null),
                new PlanOverview.Summary(null, null, null, null, false, false, 1));
        assertThat(r.flags()).containsExactly("No creatinine recorded", "1 draft plan waiting");
        assertThat(r.planText()).isEqualTo("No active plan");
        assertThat(r.bandText()).isEqualTo("Unknown");
        assertThat(r.bandClass()).isEqualTo("text-bg-secondary");
    }

}
