package org.baclo.web;

import java.util.ArrayList;
import java.util.List;
import org.baclo.patient.PatientSummary;
import org.baclo.plan.PlanOverview;

/**
 * A patient as the list and the worklist show them: the summary, the plans at a glance,
 * and the reasons to review the record, in words.
 */
public record PatientRow(PatientSummary patient, PlanOverview.Summary plans, List<String> flags) {

    static PatientRow of(PatientSummary p, PlanOverview.Summary plans) {
        List<String> flags = new ArrayList<>();
        if (p.creatinine() == null) {
            flags.add("No creatinine recorded");
        }
        else if (p.creatinine().stale()) {
            flags.add("Creatinine older than " + p.creatinine().maxAgeDays() + " days");
        }
        if (p.renal().problem() != null && p.creatinine() != null) {
            flags.add("Kidney function cannot be assessed");
        }
        if (plans.drafts() > 0) {
            flags.add(plans.drafts() == 1 ? "1 draft plan waiting" : plans.drafts() + " draft plans waiting");
        }
        if (plans.endingSoon()) {
            flags.add("Plan ends " + Dates.day(plans.activeEnds()));
        }
        if (plans.criticalOverride()) {
            flags.add("Active plan overrides a CRITICAL finding");
        }
        return new PatientRow(p, plans, List.copyOf(flags));
    }

    public boolean needsReview() {
        return !flags.isEmpty();
    }

    /**
     * The active plan and today's dose in words ("Active plan v2 (titration): 30 mg
     * today").
     */
    public String planText() {
        if (!plans.hasActive()) {
            return "No active plan";
        }
        String text = "Active plan v" + plans.activeVersion() + " (" + plans.activeKind().toLowerCase() + ")";
        return plans.todayMg() == null ? text + ", not started"
                : text + ": " + plans.todayMg().stripTrailingZeros().toPlainString() + " mg today";
    }

    /**
     * The Bootstrap badge class for the renal band: a colour by band, always with the
     * band's name beside it.
     */
    public String bandClass() {
        String band = patient.renal().band();
        if (band == null) {
            return "text-bg-secondary";
        }
        return switch (band) {
            case "NORMAL" -> "text-bg-success";
            case "MILD" -> "text-bg-info";
            case "MODERATE" -> "text-bg-warning";
            default -> "text-bg-danger";
        };
    }

    /** The renal band in words. */
    public String bandText() {
        String band = patient.renal().band();
        if (band == null) {
            return "Unknown";
        }
        return switch (band) {
            case "NORMAL" -> "Normal";
            case "MILD" -> "Mild impairment";
            case "MODERATE" -> "Moderate impairment";
            case "SEVERE" -> "Severe impairment";
            case "DIALYSIS" -> "Dialysis";
            default -> band;
        };
    }
}
