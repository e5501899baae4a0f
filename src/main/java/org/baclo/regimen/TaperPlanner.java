package org.baclo.regimen;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralDosing;
import org.baclo.knowledge.TaperDefaults;
import org.baclo.units.Milligrams;

/**
 * Plans a taper from the current daily dose to a lower dose or to stop (BACLOFEN.md §4). The default mirrors the
 * titration: minus {@code taper.stepPerDose} per dose (the daily drop kept within the titration's daily step
 * limit) every {@code taper.stepInterval}, and a taper to stop from above {@code taper.abruptStopAbove} lasts at
 * least {@code taper.minTotalDuration}: when the default steps would be quicker, the interval is stretched and
 * the plan says so [LBL-TAB, LBL-OZO, LBL-CA, BACLO-A]. Chosen steps or intervals are followed as given; a
 * faster plan is left for the check to report ({@code TAPER_TOO_FAST}, {@code ABRUPT_STOP}). A stop is the last
 * step, a one-day step of 0 mg. Immutable and thread-safe.
 */
public final class TaperPlanner {
    private final PlanSupport support;

    public TaperPlanner(Knowledge knowledge, Clock clock) {
        this.support = new PlanSupport(knowledge, clock);
    }

    /** @throws InvalidRequestException when a choice cannot be planned */
    public Regimen plan(TaperRequest r) {
        Knowledge k = support.knowledge();
        TaperDefaults t = k.dosing().taper();
        OralDosing oral = k.dosing().oral();
        PatientContext c = r.context();
        PlanOptions o = r.options();
        DoseMaker maker = support.maker(o.productId());
        Frequency f = support.checkFrequency(o.frequency().orElse(oral.startFrequency()));
        int n = f.dosesPerDay();
        List<LocalTime> times = support.doseTimes(o, f);
        int defaultInterval = DoseLimits.days(t.stepInterval());
        List<AppliedRule> why = new ArrayList<>();
        why.add(new AppliedRule("Taper: minus " + t.stepPerDose() + " per dose (at most " + oral.maxStepDaily()
                + "/day) every " + defaultInterval + " days; stopping from above " + t.abruptStopAbove()
                + "/day takes at least " + DoseLimits.days(t.minTotalDuration()) + " days in all", t.source()));
        why.add(reasonRule(r.reason(), k));
        if (c.pregnant()) {
            why.add(new AppliedRule("Pregnancy: " + t.pregnancy(), k.pregnancy().source()));
        }

        Milligrams toPerDose = r.toMgDay().isZero() ? Milligrams.ZERO
                : PlanSupport.evenSplit("toMgDay", r.toMgDay(), n, maker, f.name());
        Milligrams step = step(o, t, oral, maker, n, why);
        List<Milligrams> perDose = new ArrayList<>();
        Milligrams prev = PlanSupport.perDose(r.fromMgDay(), n);
        while (prev.isGreaterThan(toPerDose)) {
            Milligrams next = prev.compareTo(toPerDose.plus(step)) <= 0 ? toPerDose : maker.ceil(prev.minus(step));
            perDose.add(next);
            prev = next;
        }
        int interval = o.intervalDays().orElse(defaultInterval);
        boolean stop = r.toMgDay().isZero();
        int before = perDose.size() - 1;
        int minDays = DoseLimits.days(t.minTotalDuration());
        if (stop && r.fromMgDay().isGreaterThan(t.abruptStopAbove()) && o.intervalDays().isEmpty() && before > 0
                && before * interval < minDays) {
            interval = (minDays + before - 1) / before;
            why.add(new AppliedRule("Steps " + interval + " days apart so that the taper lasts at least " + minDays
                    + " days before the stop", t.source()));
        }
        int lastDays = o.maintenanceDays().orElse(interval);
        List<Integer> intervals = new ArrayList<>(Collections.nCopies(perDose.size(), interval));
        if (stop && r.fromMgDay().isGreaterThan(t.abruptStopAbove()) && o.intervalDays().isEmpty()) {
            holdBeforeStop(perDose, intervals, n, t, why);
        }
        List<Step> steps = PlanSupport.steps(perDose, intervals, lastDays, support.startDate(o, c), times, maker);
        PlanSupport.overrideRule(o).ifPresent(why::add);
        return new Regimen(PlanKind.TAPER, maker.product().id(), f, c.zone(), Optional.of(r.fromMgDay()),
                Optional.of(r.toMgDay()), Optional.of(r.reason()), o.override(), steps, why);
    }

    /**
     * The steps at or below {@code abruptStopAbove} per day before the stop last at least {@code minTotalDuration}
     * in all, so that 0 comes no sooner than that after the last day above it (BACLOFEN.md §4, A): their intervals
     * are stretched evenly, and the plan says so.
     */
    private static void holdBeforeStop(List<Milligrams> perDose, List<Integer> intervals, int n, TaperDefaults t,
            List<AppliedRule> why) {
        int stopAt = perDose.size() - 1;
        int first = stopAt;
        while (first > 0 && !perDose.get(first - 1).times(n).isGreaterThan(t.abruptStopAbove())) {
            first--;
        }
        int count = stopAt - first;
        int min = DoseLimits.days(t.minTotalDuration());
        int held = 0;
        for (int i = first; i < stopAt; i++) {
            held += intervals.get(i);
        }
        if (count == 0 || held >= min) {
            return;
        }
        int each = (min + count - 1) / count;
        for (int i = first; i < stopAt; i++) {
            intervals.set(i, Math.max(intervals.get(i), each));
        }
        why.add(new AppliedRule("The doses at or below " + t.abruptStopAbove() + "/day are held " + each + " days"
                + " each, so that baclofen stops no sooner than " + min + " days after the last day above "
                + t.abruptStopAbove() + "/day", t.source()));
    }

    private static AppliedRule reasonRule(TaperReason reason, Knowledge k) {
        TaperDefaults t = k.dosing().taper();
        if (t.fastReasons().contains(reason.id())) {
            return new AppliedRule("Reason " + reason.id() + ": a faster taper or a stop may be chosen (step and"
                    + " interval); " + t.withdrawalWarning(), t.source());
        }
        if (reason == TaperReason.NO_BENEFIT) {
            return new AppliedRule("Reason no-benefit: " + k.dosing().oral().lowestEffectiveDose(),
                    k.dosing().oral().source());
        }
        return new AppliedRule("Reason " + reason.id() + ": " + t.withdrawalWarning(), t.source());
    }

    /** The default step mirrors the titration's daily limit; a chosen step is used as given (if makeable). */
    private static Milligrams step(PlanOptions o, TaperDefaults t, OralDosing oral, DoseMaker maker, int n,
            List<AppliedRule> why) {
        if (o.stepMg().isPresent()) {
            return PlanSupport.checkStep(o.stepMg().get(), maker);
        }
        Milligrams step = t.stepPerDose();
        if (step.times(n).isGreaterThan(oral.maxStepDaily())) {
            Milligrams within = PlanSupport.floorToGrid(PlanSupport.perDose(oral.maxStepDaily(), n), maker);
            if (!within.isZero()) {
                why.add(new AppliedRule("With " + n + " doses a day each step lowers each dose by " + within
                        + " so that the daily drop stays within " + oral.maxStepDaily() + " (mirroring the"
                        + " titration)", List.of("BACLO-A")));
                step = within;
            }
        }
        Milligrams onGrid = PlanSupport.floorToGrid(step, maker);
        if (onGrid.isZero() || onGrid.times(n).isGreaterThan(oral.maxStepDaily())) {
            Milligrams used = onGrid.isZero() ? maker.grid() : onGrid;
            why.add(new AppliedRule(maker.describe() + " at " + n + " doses a day cannot lower the dose by less than "
                    + used.times(n) + "/day per step, faster than the rule (see the findings); fewer doses a day or"
                    + " another product allow a slower taper", List.of("BACLO-A")));
            return used;
        }
        return onGrid;
    }
}
