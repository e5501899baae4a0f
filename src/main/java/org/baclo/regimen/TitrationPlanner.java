package org.baclo.regimen;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.units.Milligrams;

/**
 * Plans a titration from the current dose (or none) up to a target daily dose, following
 * the label schedule (BACLOFEN.md §3, [LBL-TAB, LBL-OZO, LBL-LYV]) adjusted for the renal
 * band (§5, [VLAV-2014, AJKD-2017, BACLO-A]) and, for a child, the paediatric cap (§3).
 * The plan works in daily doses: each step raises the day by at most the step per dose ×
 * doses (and the daily step limit), and each day is split by {@link DoseSplit} — evenly,
 * else the larger doses later — into doses the product can make. A target above what TID
 * can make within the single-dose maximum moves to QID at the step that needs it (the
 * label's 20 mg TID → 20 mg QID), unless a frequency was chosen. A target above the cap
 * is not cut silently: the plan stops at the cap, says so and keeps the target, so the
 * check reports {@code TARGET_CAPPED}. Chosen steps or intervals faster than the defaults
 * are followed and left for the check to report. Immutable and thread-safe; deterministic
 * for a given clock.
 */
public final class TitrationPlanner {

    private final PlanSupport support;

    public TitrationPlanner(Knowledge knowledge, Clock clock) {
        this.support = new PlanSupport(knowledge, clock);
    }

    /**
     * @throws InvalidRequestException when a choice cannot be planned (unknown product or
     * frequency, a target that cannot be split into makeable doses, a current dose
     * already at the cap, …)
     */
    public Regimen plan(TitrationRequest r) {
        Knowledge k = support.knowledge();
        PatientContext c = r.context();
        DoseLimits limits = DoseLimits.of(k, RenalAssessment.assess(k, c), Optional.of(c));
        PlanOptions o = r.options();
        DoseMaker maker = support.maker(o.productId());
        Frequency f = support.checkFrequency(o.frequency().orElse(limits.startFrequency()));
        int n = f.dosesPerDay();
        support.doseTimes(o, f);
        List<AppliedRule> why = new ArrayList<>();
        why.add(limits.start());
        why.add(limits.cap());
        why.add(limits.speed());
        if (o.frequency().isEmpty() && f != k.dosing().oral().startFrequency()) {
            why.add(new AppliedRule(f + " dosing, the start frequency of the renal band " + limits.band().orElseThrow()
                    + "; choose another frequency to reach higher daily doses", limits.start().source()));
        }
        Days days = new Days(maker, limits);
        Milligrams highF = days.highest(f)
            .orElseThrow(() -> new InvalidRequestException("frequency", "at " + f + " no dose that " + maker.describe()
                    + " can make fits the cap of " + limits.dailyCap() + "/day; choose fewer doses a day or a liquid"));
        boolean mayQid = o.frequency().isEmpty() && f == Frequency.TID
                && k.dosing().oral().frequencies().contains(Frequency.QID);
        Milligrams highQ = mayQid ? days.highest(Frequency.QID).orElse(highF) : highF;
        boolean qid = mayQid && r.targetMgDay().isGreaterThan(highF) && highQ.isGreaterThan(highF);
        Milligrams top = qid ? highQ : highF;
        Milligrams target = finalDaily(r.targetMgDay(), top,
                qid && r.targetMgDay().isGreaterThan(highF) ? Frequency.QID : f, days, maker, limits, why);
        Milligrams step = step(o, limits, maker, n, why);
        int interval = o.intervalDays().orElse(limits.stepIntervalDays());

        List<Milligrams> daily = new ArrayList<>();
        if (r.currentMgDay().isPresent()) {
            Milligrams current = r.currentMgDay().get();
            if (current.compareTo(top) >= 0) {
                throw new InvalidRequestException("currentMgDay", current + "/day is already at or above the highest"
                        + " dose allowed here (" + top + "/day); to lower it, plan a taper");
            }
            daily.add(days.next(current, Milligrams.min(current.plus(step), target), target, f, highF, qid));
            why.add(new AppliedRule("Starts from the current " + current + "/day; the first rise (to " + daily.get(0)
                    + "/day) is on the start date, assuming the current dose has been taken for at least one step"
                    + " interval", List.of("BACLO-A")));
        }
        else {
            daily.add(first(limits, days, f, target, why));
        }
        while (daily.get(daily.size() - 1).isLessThan(target)) {
            Milligrams last = daily.get(daily.size() - 1);
            Milligrams next = Milligrams.min(last.plus(step), target);
            if (qid && next.isGreaterThan(highF)) {
                next = last.isLessThan(highF) ? highF : Milligrams.min(target, last.plus(limits.maxSingle()));
            }
            daily.add(days.next(last, next, target, f, highF, qid));
        }
        List<Frequency> freqs = daily.stream().map(d -> qid && d.isGreaterThan(highF) ? Frequency.QID : f).toList();
        int lastDays = o.maintenanceDays().orElse(interval);
        List<Step> steps = support.dailySteps(daily, freqs, Collections.nCopies(daily.size(), interval), lastDays,
                support.startDate(o, c), o, maker, limits.maxSingle(), limits.stepPerDose());
        if (qid) {
            Step s = steps.stream().filter(x -> x.doses().size() == 4).findFirst().orElseThrow();
            why.add(new AppliedRule(
                    "Above " + highF + "/day three doses a day would exceed " + limits.maxSingle() + " per dose: from "
                            + s.startDate() + " the plan moves to QID, the label's " + limits.maxSingle()
                            + " four times a day (adding the fourth dose is the label's own last step)",
                    k.dosing().oral().source()));
        }
        if (PlanSupport.uneven(steps)) {
            why.add(new AppliedRule("Where a daily dose cannot be split evenly into doses the product can make, the"
                    + " larger doses come later in the day (e.g. 5 + 5 + 10 mg), each at most " + limits.maxSingle(),
                    List.of("REV-SPAS", "BACLO-A")));
        }
        PlanSupport.overrideRule(o).ifPresent(why::add);
        Frequency planFrequency = freqs.get(freqs.size() - 1);
        return new Regimen(PlanKind.TITRATE, maker.product().id(), planFrequency, c.zone(), r.currentMgDay(),
                Optional.of(r.targetMgDay()), Optional.empty(), o.override(), steps, why);
    }

    /**
     * The target, or the highest dose allowed when the target is above it (and the plan
     * says so).
     */
    private static Milligrams finalDaily(Milligrams target, Milligrams top, Frequency f, Days days, DoseMaker maker,
            DoseLimits limits, List<AppliedRule> why) {
        if (target.isGreaterThan(top)) {
            why.add(new AppliedRule("Target " + target + "/day is above the highest dose allowed here (" + top
                    + "/day): the plan stops at " + top + "/day", List.of("BACLO-A")));
            return top;
        }
        if (days.split(target, f).isEmpty()) {
            DoseSplit.require("targetMgDay", target, f.dosesPerDay(), f.name(), maker, limits.maxSingle(),
                    limits.stepPerDose(), top);
        }
        return target;
    }

    /**
     * The first day: the band's start daily dose at this frequency, or the smallest the
     * product can make.
     */
    private static Milligrams first(DoseLimits limits, Days days, Frequency f, Milligrams target,
            List<AppliedRule> why) {
        Milligrams start = Milligrams.min(limits.startDaily(), target);
        Optional<Milligrams> within = days.atOrBelow(start, f);
        if (within.isPresent()) {
            if (f != limits.startFrequency() || within.get().compareTo(limits.startDaily()) != 0) {
                why.add(new AppliedRule(
                        "Start " + within.get() + "/day at " + f + ", within the start of " + limits.startDose() + " "
                                + limits.startFrequency() + " (" + limits.startDaily() + "/day)",
                        limits.start().source()));
            }
            return within.get();
        }
        Milligrams smallest = days.above(Milligrams.ZERO, target, f).orElse(target);
        why.add(new AppliedRule(
                "Start " + smallest + "/day at " + f + ", the smallest daily dose the product can"
                        + " make; this is above the start of " + limits.startDaily() + "/day",
                limits.start().source()));
        return smallest;
    }

    /**
     * The default daily step (step per dose × doses, within the daily step limit); a
     * chosen step as given.
     */
    private static Milligrams step(PlanOptions o, DoseLimits limits, DoseMaker maker, int n, List<AppliedRule> why) {
        if (o.stepMg().isPresent()) {
            return PlanSupport.checkStep(o.stepMg().get(), maker).times(n);
        }
        Milligrams step = limits.stepPerDose().times(n);
        if (step.isGreaterThan(limits.maxStepDaily())) {
            why.add(new AppliedRule("With " + n + " doses a day each step raises the day by at most "
                    + limits.maxStepDaily() + ", spread over the doses", List.of("BACLO-A")));
            step = limits.maxStepDaily();
        }
        Milligrams onGrid = PlanSupport.floorToGrid(step, maker);
        return onGrid.isZero() ? maker.grid() : onGrid;
    }

    /**
     * Daily doses that split into makeable doses within the single-dose maximum and the
     * daily cap.
     */
    private record Days(DoseMaker maker, DoseLimits limits) {
        Optional<List<Milligrams>> split(Milligrams daily, Frequency f) {
            return PlanSupport.splitDay(daily, f, maker, limits.maxSingle(), limits.stepPerDose());
        }

        /**
         * The highest daily dose at {@code f}: within the cap and {@code f} × the
         * single-dose maximum.
         */
        Optional<Milligrams> highest(Frequency f) {
            Milligrams top = Milligrams.min(limits.dailyCap(), limits.maxSingle().times(f.dosesPerDay()));
            return atOrBelow(top, f).filter(d -> split(d, f).map(List::size).orElse(0) == f.dosesPerDay());
        }

        Optional<Milligrams> atOrBelow(Milligrams daily, Frequency f) {
            Milligrams d = PlanSupport.floorToGrid(daily, maker);
            for (int i = 0; i < 10_000 && !d.isZero(); i++, d = d.minus(maker.grid())) {
                if (split(d, f).isPresent()) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        Optional<Milligrams> above(Milligrams daily, Milligrams limit, Frequency f) {
            Milligrams d = PlanSupport.floorToGrid(daily, maker).plus(maker.grid());
            for (int i = 0; i < 10_000 && !d.isGreaterThan(limit); i++, d = d.plus(maker.grid())) {
                if (split(d, f).isPresent()) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        /**
         * The highest makeable day in (last, wanted], else the lowest above wanted, else
         * the target.
         */
        Milligrams next(Milligrams last, Milligrams wanted, Milligrams target, Frequency f, Milligrams highF,
                boolean qid) {
            Frequency at = qid && wanted.isGreaterThan(highF) ? Frequency.QID : f;
            Optional<Milligrams> below = atOrBelow(wanted, at).filter(d -> d.isGreaterThan(last));
            return below.or(() -> above(wanted, target, at)).orElse(target);
        }
    }

}
