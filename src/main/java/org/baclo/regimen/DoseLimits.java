package org.baclo.regimen;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.baclo.knowledge.DialysisRule;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralDosing;
import org.baclo.knowledge.PediatricLimits;
import org.baclo.knowledge.RenalBand;
import org.baclo.knowledge.RenalBandName;
import org.baclo.knowledge.RenalRules;
import org.baclo.knowledge.SlowTitration;
import org.baclo.units.Milligrams;

/**
 * The oral limits that apply to one patient: the label schedule (BACLOFEN.md §3) adjusted
 * for the renal band (§5). Shared by the planners (which stay inside them) and the safety
 * rules (which flag a regimen that does not).
 *
 * @param band the renal band, empty when kidney function is unknown (label limits apply)
 * @param dailyCap the highest daily dose: the label maximum, or the renal or dialysis cap
 * when lower
 * @param cap why the cap is what it is, with sources
 * @param start the start dose per dose and frequency, with sources
 * @param stepPerDose the largest titration rise per dose; {@code stepIntervalDays} the
 * shortest time between rises
 * @param maxStepDaily a titration step never raises the daily dose by more [BACLO-A]
 * @param slowTitration true in the MODERATE and SEVERE bands and on dialysis
 * @param speed why the step and interval are what they are, with sources
 */
public record DoseLimits(Optional<RenalBandName> band, Milligrams dailyCap, AppliedRule cap, Milligrams maxSingle,
        List<String> maxSingleSource, Milligrams startDose, Frequency startFrequency, AppliedRule start,
        Milligrams stepPerDose, int stepIntervalDays, Milligrams maxStepDaily, boolean slowTitration,
        AppliedRule speed) {

    /** The start dose times the start frequency, e.g. 5 mg × 3 = 15 mg/day. */
    public Milligrams startDaily() {
        return startDose.times(startFrequency.dosesPerDay());
    }

    /** Label limits only: used when kidney function is unknown. */
    public static DoseLimits label(Knowledge k) {
        return of(k, Optional.empty());
    }

    /**
     * The renal limits and, for a child under the paediatric age (planned only with a
     * clinician override), the lower of about 2 mg/kg/day and the age ceiling
     * (BACLOFEN.md §3 [POPPK-PED, TX-VDP], A).
     */
    public static DoseLimits of(Knowledge k, Optional<RenalAssessment> renal, Optional<PatientContext> context) {
        DoseLimits l = of(k, renal);
        Optional<Milligrams> child = context.flatMap(c -> childCap(k, c));
        if (child.isEmpty() || !child.get().isLessThan(l.dailyCap())) {
            return l;
        }
        PatientContext c = context.get();
        PediatricLimits p = k.dosing().pediatricLimits();
        String ceiling = p.ceilingFor(c.ageYears())
            .map(a -> "; age " + a.minAge() + "–" + a.maxAge() + " years: " + a.maxDaily() + "/day ["
                    + String.join(", ", p.ceilingSource()) + "]")
            .orElse("");
        AppliedRule rule = new AppliedRule(
                "Child (age " + c.ageYears() + ", " + c.weight().format(1) + "): cap " + child.get()
                        + "/day, the lower of about " + p.perKgDaily() + "/kg/day × weight (" + p.weightCap(c.weight())
                        + "/day) [" + String.join(", ", p.perKgSource()) + "]" + ceiling,
                concat(p.perKgSource(), p.ceilingSource()));
        return new DoseLimits(l.band(), child.get(), rule, l.maxSingle(), l.maxSingleSource(), l.startDose(),
                l.startFrequency(), l.start(), l.stepPerDose(), l.stepIntervalDays(), l.maxStepDaily(),
                l.slowTitration(), l.speed());
    }

    /**
     * The paediatric daily cap when the patient is below the paediatric age of the age
     * rules.
     */
    public static Optional<Milligrams> childCap(Knowledge k, PatientContext c) {
        boolean child = k.dosing()
            .ageRules()
            .stream()
            .anyMatch(a -> a.id().equals("pediatric") && a.appliesTo(c.ageYears()));
        if (!child) {
            return Optional.empty();
        }
        PediatricLimits p = k.dosing().pediatricLimits();
        Milligrams cap = p.weightCap(c.weight());
        return Optional.of(p.ceilingFor(c.ageYears()).map(a -> Milligrams.min(cap, a.maxDaily())).orElse(cap));
    }

    public static DoseLimits of(Knowledge k, Optional<RenalAssessment> renal) {
        OralDosing oral = k.dosing().oral();
        RenalRules rules = k.dosing().renal();
        Milligrams cap = oral.maxDaily();
        AppliedRule capRule = new AppliedRule(
                "Label maximum " + oral.maxDaily() + "/day and " + oral.maxSingle() + " per dose", oral.source());
        Milligrams startDose = oral.startDose();
        Frequency startFrequency = oral.startFrequency();
        AppliedRule startRule = new AppliedRule("Label start " + oral.startDose() + " " + oral.startFrequency()
                + ", rising by " + oral.stepPerDose() + " per dose every " + days(oral.stepInterval()) + " days",
                oral.source());
        boolean slow = false;
        Optional<RenalBandName> bandName = renal.map(RenalAssessment::band);
        if (renal.isPresent()) {
            RenalAssessment r = renal.get();
            RenalBand band = r.dialysis() ? rules.band(RenalBandName.SEVERE).orElse(r.clearanceBand())
                    : r.clearanceBand();
            if (band.cap().isPresent()) {
                cap = Milligrams.min(cap, band.cap().get());
                capRule = new AppliedRule("Renal band " + band.band() + " (CrCl " + band.rangeText() + "): "
                        + band.reduction() + " reduction, cap " + band.cap().get() + "/day", band.source());
            }
            if (band.startDose().isPresent() && band.startFrequency().isPresent()) {
                startDose = band.startDose().get();
                startFrequency = band.startFrequency().get();
                startRule = new AppliedRule("Renal band " + band.band() + ": start " + startDose + " " + startFrequency,
                        band.source());
            }
            slow = band.slowTitration();
            if (r.dialysis()) {
                DialysisRule d = rules.dialysis();
                cap = Milligrams.min(cap, d.suggestedDaily());
                capRule = new AppliedRule("Dialysis: " + d.advice() + " Cap " + cap + "/day; start and slow"
                        + " titration as in the SEVERE band", concat(d.source(), band.source()));
                slow = true;
            }
        }
        SlowTitration st = rules.slowTitration();
        Milligrams step = slow ? st.maxStepPerDose() : oral.stepPerDose();
        int interval = slow ? Math.max(days(oral.stepInterval()), days(st.minStepInterval()))
                : days(oral.stepInterval());
        AppliedRule speed = slow
                ? new AppliedRule("Slow titration (" + bandName.map(Enum::name).orElse("") + "): at most +" + step
                        + " per dose per step, steps at least " + interval + " days apart", st.source())
                : new AppliedRule("Titration: at most +" + step + " per dose and +" + oral.maxStepDaily()
                        + "/day per step, steps at least " + interval + " days apart", oral.source());
        return new DoseLimits(bandName, cap, capRule, oral.maxSingle(), oral.source(), startDose, startFrequency,
                startRule, step, interval, oral.maxStepDaily(), slow, speed);
    }

    /** A knowledge duration in whole days ("3 days" → 3). */
    public static int days(Duration d) {
        return (int) d.toDays();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
