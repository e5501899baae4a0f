package org.baclo.regimen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.units.Milligrams;

/**
 * Plans a titration from the current dose (or none) up to a target daily dose, following the label schedule
 * (BACLOFEN.md §3, [LBL-TAB, LBL-OZO, LBL-LYV]) adjusted for the renal band (§5, [VLAV-2014, AJKD-2017, BACLO-A]).
 * Every dose is split evenly over the day and is exactly makeable from the chosen product. A target above the
 * cap is not cut silently: the plan stops at the cap, says so in its applied rules and keeps the target, so the
 * check reports {@code TARGET_CAPPED}. Chosen steps or intervals faster than the defaults are followed and left
 * for the check to report. Immutable and thread-safe; deterministic for a given clock.
 */
public final class TitrationPlanner {
    private final PlanSupport support;

    public TitrationPlanner(Knowledge knowledge, Clock clock) {
        this.support = new PlanSupport(knowledge, clock);
    }

    /**
     * @throws InvalidRequestException when a choice cannot be planned (unknown product or frequency, a target that
     *     cannot be split into equal makeable doses, a current dose already at the cap, …)
     */
    public Regimen plan(TitrationRequest r) {
        Knowledge k = support.knowledge();
        PatientContext c = r.context();
        Optional<RenalAssessment> renal = RenalAssessment.assess(k, c);
        DoseLimits limits = DoseLimits.of(k, renal, Optional.of(c));
        PlanOptions o = r.options();
        DoseMaker maker = support.maker(o.productId());
        Frequency f = support.checkFrequency(o.frequency().orElse(limits.startFrequency()));
        int n = f.dosesPerDay();
        List<LocalTime> times = support.doseTimes(o, f);
        List<AppliedRule> why = new ArrayList<>();
        why.add(limits.start());
        why.add(limits.cap());
        why.add(limits.speed());
        if (o.frequency().isEmpty() && f != k.dosing().oral().startFrequency()) {
            why.add(new AppliedRule(f + " dosing, the start frequency of the renal band " + limits.band().orElseThrow()
                    + "; choose another frequency to reach higher daily doses", limits.start().source()));
        }

        Milligrams perDoseCap = perDoseCap(limits, maker, f, r.targetMgDay(), why);
        Milligrams perDoseTarget = perDoseTarget(r.targetMgDay(), perDoseCap, n, maker, f, why);
        Milligrams step = step(o, limits, maker, n, why);
        int interval = o.intervalDays().orElse(limits.stepIntervalDays());
        Milligrams first = r.currentMgDay().isPresent()
                ? firstFromCurrent(r.currentMgDay().get(), step, perDoseCap, perDoseTarget, maker, n, why)
                : Milligrams.min(firstDose(limits, maker, f, why), perDoseTarget);

        List<Milligrams> perDose = new ArrayList<>();
        perDose.add(first);
        while (perDose.get(perDose.size() - 1).isLessThan(perDoseTarget)) {
            perDose.add(Milligrams.min(perDose.get(perDose.size() - 1).plus(step), perDoseTarget));
        }
        LocalDate start = support.startDate(o, c);
        int lastDays = o.maintenanceDays().orElse(interval);
        List<Step> steps = PlanSupport.steps(perDose, Collections.nCopies(perDose.size(), interval), lastDays,
                start, times, maker);
        PlanSupport.overrideRule(o).ifPresent(why::add);
        return new Regimen(PlanKind.TITRATE, maker.product().id(), f, c.zone(), r.currentMgDay(),
                Optional.of(r.targetMgDay()), Optional.empty(), o.override(), steps, why);
    }

    /** The cap per dose: the single-dose maximum or the daily cap shared evenly, rounded down to the product. */
    private static Milligrams perDoseCap(DoseLimits limits, DoseMaker maker, Frequency f, Milligrams target,
            List<AppliedRule> why) {
        int n = f.dosesPerDay();
        Milligrams limit = Milligrams.min(limits.maxSingle(), PlanSupport.perDose(limits.dailyCap(), n));
        Milligrams cap = maker.floor(limit).orElseThrow(() -> new InvalidRequestException("frequency", "at " + f
                + " no dose that " + maker.describe() + " can make fits the cap of " + limits.dailyCap()
                + "/day; choose fewer doses a day or a liquid"));
        Milligrams daily = cap.times(n);
        if (daily.isLessThan(limits.dailyCap()) && target.isGreaterThan(daily)) {
            why.add(new AppliedRule("Highest daily dose at " + f + " with " + maker.product().id() + ": " + cap
                    + " × " + n + " = " + daily + "/day (the cap of " + limits.dailyCap() + "/day and the single-dose"
                    + " maximum of " + limits.maxSingle() + ", rounded down to what the product can make)",
                    List.of("BACLO-A")));
        }
        return cap;
    }

    private static Milligrams perDoseTarget(Milligrams target, Milligrams perDoseCap, int n, DoseMaker maker,
            Frequency f, List<AppliedRule> why) {
        Milligrams highest = perDoseCap.times(n);
        if (target.isGreaterThan(highest)) {
            why.add(new AppliedRule("Target " + target + "/day is above the highest dose allowed here (" + highest
                    + "/day): the plan stops at " + highest + "/day", List.of("BACLO-A")));
            return perDoseCap;
        }
        return PlanSupport.evenSplit("targetMgDay", target, n, maker, f.name());
    }

    /** The default step, kept within the daily step limit; a chosen step is used as given (if makeable). */
    private static Milligrams step(PlanOptions o, DoseLimits limits, DoseMaker maker, int n, List<AppliedRule> why) {
        if (o.stepMg().isPresent()) {
            return PlanSupport.checkStep(o.stepMg().get(), maker);
        }
        Milligrams step = limits.stepPerDose();
        if (step.times(n).isGreaterThan(limits.maxStepDaily())) {
            Milligrams within = PlanSupport.floorToGrid(PlanSupport.perDose(limits.maxStepDaily(), n), maker);
            if (!within.isZero()) {
                why.add(new AppliedRule("With " + n + " doses a day each step raises each dose by " + within
                        + " so that the daily rise stays within " + limits.maxStepDaily(), List.of("BACLO-A")));
                step = Milligrams.min(step, within);
            }
        }
        Milligrams onGrid = PlanSupport.floorToGrid(step, maker);
        if (onGrid.isZero()) {
            why.add(new AppliedRule(maker.describe() + " cannot make steps of " + step + "; steps of "
                    + maker.grid() + " are used, faster than the rule (see the findings)", List.of("BACLO-A")));
            return maker.grid();
        }
        return onGrid;
    }

    /**
     * The start dose per dose: the band's start dose, lowered so that the first day's total stays within the band's
     * start daily dose when another frequency is chosen [BACLO-A].
     */
    private static Milligrams firstDose(DoseLimits limits, DoseMaker maker, Frequency f, List<AppliedRule> why) {
        int n = f.dosesPerDay();
        Milligrams startDaily = limits.startDaily();
        Optional<Milligrams> within = maker.floor(Milligrams.min(limits.startDose(),
                PlanSupport.perDose(startDaily, n)));
        if (within.isPresent()) {
            if (f != limits.startFrequency() || within.get().compareTo(limits.startDose()) != 0) {
                why.add(new AppliedRule("Start " + within.get() + " " + f + " (" + within.get().times(n)
                        + "/day), within the start of " + limits.startDose() + " " + limits.startFrequency() + " ("
                        + startDaily + "/day)", limits.start().source()));
            }
            return within.get();
        }
        Milligrams smallest = maker.ceil(maker.grid());
        why.add(new AppliedRule("Start " + smallest + " " + f + " (" + smallest.times(n) + "/day), the smallest dose"
                + " " + maker.describe() + " can make; this is above the start of " + startDaily + "/day at "
                + limits.startFrequency(), limits.start().source()));
        return smallest;
    }

    private static Milligrams firstFromCurrent(Milligrams current, Milligrams step, Milligrams perDoseCap,
            Milligrams perDoseTarget, DoseMaker maker, int n, List<AppliedRule> why) {
        if (current.compareTo(perDoseCap.times(n)) >= 0) {
            throw new InvalidRequestException("currentMgDay", current + "/day is already at or above the highest"
                    + " dose allowed here (" + perDoseCap.times(n) + "/day); to lower it, plan a taper");
        }
        Milligrams now = PlanSupport.perDose(current, n);
        Milligrams first = maker.floor(now.plus(step)).filter(x -> x.times(n).isGreaterThan(current))
                .orElseGet(() -> maker.ceil(now.plus(maker.grid())));
        first = Milligrams.min(first, perDoseTarget);
        why.add(new AppliedRule("Starts from the current " + current + "/day; the first rise (to " + first.times(n)
                + "/day) is on the start date, assuming the current dose has been taken for at least one step"
                + " interval", List.of("BACLO-A")));
        return first;
    }
}
