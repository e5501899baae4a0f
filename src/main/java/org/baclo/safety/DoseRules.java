package org.baclo.safety;

import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralProduct;
import org.baclo.knowledge.RenalBandName;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.Sourced;
import org.baclo.regimen.Dose;
import org.baclo.regimen.DoseLimits;
import org.baclo.regimen.PlanKind;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RenalAssessment;
import org.baclo.regimen.Step;
import org.baclo.units.Milligrams;

/** Rules on the amounts in a regimen: caps, the capped target, liquids. */
final class DoseRules {

    private DoseRules() {
    }

    /**
     * A step above the daily cap: the label maximum [LBL-TAB] or the lower renal or
     * dialysis cap [VLAV-2014, AJKD-2017, LBL-CA, BACLO-A]. CRITICAL; WARNING in a taper,
     * which lowers a dose the patient already takes.
     */
    static List<Finding> dailyMax(CheckInput in) {
        DoseLimits limits = in.limits();
        Optional<Step> over = in.regimen()
            .steps()
            .stream()
            .filter(s -> s.dailyMg().isGreaterThan(limits.dailyCap()))
            .findFirst();
        if (over.isEmpty()) {
            return List.of();
        }
        Milligrams peak = in.regimen().peakDailyMg();
        boolean taper = in.regimen().kind() == PlanKind.TAPER;
        String msg = "The plan reaches " + peak + "/day (first from " + over.get().startDate() + "), above the cap of "
                + limits.dailyCap() + "/day" + (taper ? "; the taper lowers it" : "") + ".";
        return List.of(Finding.of(FindingCode.DOSE_ABOVE_DAILY_MAX, taper ? Severity.WARNING : Severity.CRITICAL, msg,
                limits.cap().text() + ".", capFact(in)));
    }

    /**
     * A single dose above the label's single-dose maximum [LBL-TAB]. CRITICAL; WARNING in
     * a taper.
     */
    static List<Finding> singleMax(CheckInput in) {
        DoseLimits limits = in.limits();
        for (Step s : in.regimen().steps()) {
            for (Dose d : s.doses()) {
                if (d.mg().isGreaterThan(limits.maxSingle())) {
                    boolean taper = in.regimen().kind() == PlanKind.TAPER;
                    String msg = "A single dose of " + d.mg() + " (" + d.time() + " from " + s.startDate()
                            + ") is above the single-dose maximum of " + limits.maxSingle() + "; split the daily dose"
                            + " over more doses" + (taper ? " (the taper lowers it)" : "") + ".";
                    return List.of(
                            Finding.of(FindingCode.DOSE_ABOVE_SINGLE_MAX, taper ? Severity.WARNING : Severity.CRITICAL,
                                    msg,
                                    "Label: up to " + in.knowledge().dosing().oral().maxDaily() + "/day as "
                                            + limits.maxSingle() + " four times a day.",
                                    in.knowledge().dosing().oral()));
                }
            }
        }
        return List.of();
    }

    /**
     * A titration that stops below its target because of a cap says so (issue 3: never
     * cut silently). WARNING.
     */
    static List<Finding> targetCapped(CheckInput in) {
        Regimen r = in.regimen();
        if (r.kind() != PlanKind.TITRATE || r.targetMgDay().isEmpty()) {
            return List.of();
        }
        Milligrams target = r.targetMgDay().get();
        Milligrams reached = r.peakDailyMg();
        if (!target.isGreaterThan(reached)) {
            return List.of();
        }
        String msg = "The target of " + target + "/day is above the highest dose allowed for this patient and"
                + " product: the plan stops at " + reached + "/day (cap " + in.limits().dailyCap() + "/day, "
                + in.limits().maxSingle() + " per dose, at " + r.frequency() + " with " + r.productId() + ").";
        return List.of(Finding.of(FindingCode.TARGET_CAPPED, Severity.WARNING, msg, in.limits().cap().text() + ".",
                capFact(in)));
    }

    /**
     * A liquid is chosen: every dose shows mg, mL and concentration together [LBL-OZO,
     * LBL-FLQ, OPENFDA].
     */
    static List<Finding> liquidConcentration(CheckInput in) {
        Knowledge k = in.knowledge();
        Optional<OralProduct> p = k.oralProduct(in.regimen().productId());
        if (p.isEmpty() || !p.get().form().isLiquid()) {
            return List.of();
        }
        String all = String.join(", ",
                k.oralProducts()
                    .stream()
                    .filter(x -> x.form().isLiquid())
                    .map(x -> x.concentration().orElseThrow().toString())
                    .distinct()
                    .toList());
        String msg = p.get().name() + " is " + p.get().concentration().orElseThrow() + ": every dose here is given as"
                + " mg and mL with the concentration; liquids come in " + all + ", so check the bottle and measure"
                + " with a syringe or the device supplied.";
        return List.of(Finding.of(FindingCode.LIQUID_CONCENTRATION, Severity.CAUTION, msg, k.liquidDisplay().text(),
                k.liquidDisplay()));
    }

    /** The fact the daily cap comes from: dialysis, the renal band, or the label. */
    static Sourced capFact(CheckInput in) {
        Optional<Milligrams> child = in.context().flatMap(c -> DoseLimits.childCap(in.knowledge(), c));
        if (child.isPresent() && child.get().equals(in.limits().dailyCap())) {
            return in.knowledge().dosing().pediatricLimits();
        }
        Optional<RenalAssessment> r = in.renal();
        if (r.isPresent() && r.get().band() == RenalBandName.DIALYSIS) {
            return in.knowledge().dosing().renal().dialysis();
        }
        if (r.isPresent() && r.get().clearanceBand().cap().isPresent()) {
            return r.get().clearanceBand();
        }
        return in.knowledge().dosing().oral();
    }

}
