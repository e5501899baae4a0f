package org.baclo.safety;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.KidneyInputs;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.SerumCreatinine;

/**
 * Rules on the kidney inputs themselves (BACLOFEN.md §5): how old, how low, and whether
 * an estimate was possible.
 */
final class KidneyRules {

    private KidneyRules() {
    }

    /**
     * A creatinine older than the site's limit (default in dosing.yaml) on the plan's
     * first day: CAUTION — kidney function may have changed since [BACLO-A].
     */
    static List<Finding> stale(CheckInput in) {
        if (in.context().isEmpty() || in.context().get().creatinineDate().isEmpty() || in.regimen().steps().isEmpty()) {
            return List.of();
        }
        PatientContext c = in.context().get();
        KidneyInputs k = in.knowledge().dosing().kidneyInputs();
        long limit = c.creatinineMaxAgeDays().map(Integer::longValue).orElse(k.creatinineMaxAgeDays());
        LocalDate measured = c.creatinineDate().get();
        LocalDate start = in.regimen().steps().get(0).startDate();
        long age = ChronoUnit.DAYS.between(measured, start);
        if (age <= limit) {
            return List.of();
        }
        return List.of(new Finding(FindingCode.CREATININE_STALE, Severity.CAUTION,
                "The serum creatinine is from " + measured + ", " + age + " days before the plan starts (limit " + limit
                        + " days): kidney function"
                        + " may have changed; measure it again before relying on the renal band.",
                "Doses are adjusted for" + " kidney function (BACLOFEN.md §5); an old value may no longer describe it.",
                k.plausibilitySource(), k.confidence()));
    }

    /**
     * An adult's creatinine below the low limit: Cockcroft–Gault overestimates CrCl.
     * CAUTION only; the clinician decides (some clinics round it up) [BACLOFEN.md §5, A].
     */
    static List<Finding> low(CheckInput in) {
        Optional<SerumCreatinine> s = in.context().flatMap(PatientContext::creatinine);
        KidneyInputs k = in.knowledge().dosing().kidneyInputs();
        if (s.isEmpty() || in.context().get().ageYears() < k.adultAge()
                || s.get().mgPerDl().value().compareTo(k.lowCreatinineMgDl()) >= 0) {
            return List.of();
        }
        return List.of(new Finding(FindingCode.CREATININE_LOW, Severity.CAUTION,
                "The serum creatinine of " + s.get().mgPerDl().format(2) + " is below "
                        + k.lowCreatinineMgDl().toPlainString() + " mg/dL:"
                        + " Cockcroft–Gault then overestimates the clearance (low muscle mass is common in spasticity);"
                        + " practice varies (some clinics round it up), so judge the renal band yourself.",
                "Cockcroft–Gault" + " with a low creatinine overestimates CrCl (BACLOFEN.md §5).",
                k.plausibilitySource(), k.confidence()));
    }

    /**
     * Under 18 the estimate is bedside Schwartz, which needs a height: without one there
     * is no kidney estimate and the label limits are used. WARNING [SCHWARTZ-2009, A].
     */
    static List<Finding> notEstimated(CheckInput in) {
        if (in.context().isEmpty() || in.renal().isPresent()) {
            return List.of();
        }
        KidneyInputs k = in.knowledge().dosing().kidneyInputs();
        return List.of(new Finding(FindingCode.RENAL_NOT_ESTIMATED, Severity.WARNING,
                "Age " + in.context().get().ageYears()
                        + ": Cockcroft–Gault is for adults, and the bedside Schwartz eGFR" + " used under "
                        + k.adultAge() + " needs the height, which was not given. No kidney estimate was"
                        + " made and no renal dose reduction applied: give the height or a measured clearance.",
                "Under 18 use the bedside Schwartz eGFR = " + k.schwartzK().toPlainString() + " × height (cm) ÷"
                        + " serum creatinine (mg/dL) (BACLOFEN.md §5).",
                k.schwartzSource(), k.confidence()));
    }

}
