package org.baclo.regimen;

import java.time.Clock;
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
 * Plans a taper from the current daily dose to a lower dose or to stop (BACLOFEN.md §4).
 * The default mirrors the titration: minus {@code taper.stepPerDose} per dose (the daily
 * drop kept within the titration's daily step limit) every {@code taper.stepInterval},
 * and a taper to stop from above {@code taper.abruptStopAbove} lasts at least
 * {@code taper.minTotalDuration}: when the default steps would be quicker, the interval
 * is stretched and the plan says so [LBL-TAB, LBL-OZO, LBL-CA, BACLO-A]. Chosen steps or
 * intervals are followed as given; a faster plan is left for the check to report
 * ({@code TAPER_TOO_FAST}, {@code ABRUPT_STOP}). A stop is the last step, a one-day step
 * of 0 mg. Immutable and thread-safe.
 */
public final class TaperPlanner {

    private final PlanSupport support;

    public TaperPlanner(Knowledge knowledge, Clock clock) {
        this.support = new PlanSupport(knowledge, clock);
    }

    /**
     * @throws InvalidRequestException when a choice cannot be planned
     */
    public Regimen plan(TaperRequest r) {
        Knowledge k = support.knowledge();
        TaperDefaults t = k.dosing().taper();
        OralDosing oral = k.dosing().oral();
        PatientContext c = r.context();
        PlanOptions o = r.options();
        DoseMaker maker = support.maker(o.productId());
        Milligrams maxSingle = oral.maxSingle();
        Frequency f = support.checkFrequency(o.frequency().orElse(startFrequency(r.fromMgDay(), oral, maker)));
        int n = f.dosesPerDay();
        support.doseTimes(o, f);
        int defaultInterval = DoseLimits.days(t.stepInterval());
        List<AppliedRule> why = new ArrayList<>();
        why.add(new AppliedRule("Taper: minus " + t.stepPerDose() + " per dose (at most " + oral.maxStepDaily()
                + "/day) every " + defaultInterval + " days; stopping from above " + t.abruptStopAbove()
                + "/day takes at least " + DoseLimits.days(t.minTotalDuration()) + " days in all", t.source()));
        if (o.frequency().isEmpty() && f != oral.startFrequency()) {
            why.add(new AppliedRule("The taper keeps the frequency it starts from: " + r.fromMgDay() + "/day is " + f
                    + " (at most " + maxSingle + " per dose)", oral.source()));
        }
        why.add(reasonRule(r.reason(), k));
        if (c.pregnant()) {
            why.add(new AppliedRule("Pregnancy: " + t.pregnancy(), k.pregnancy().source()));
        }
        Milligrams unit = oral.stepPerDose();
        // each dose within the single-dose maximum, unless the dose the taper starts from
        // is already above it
        Milligrams doseCap = DoseSplit.split(r.fromMgDay(), n, maker, maxSingle, unit).isPresent() ? maxSingle
                : r.fromMgDay();
        if (!r.toMgDay().isZero()) {
            DoseSplit.require("toMgDay", r.toMgDay(), n, f.name(), maker, doseCap, unit, r.fromMgDay());
        }
        Milligrams step = step(o, t, oral, maker, n, why);
        List<Milligrams> daily = new ArrayList<>();
        Milligrams prev = r.fromMgDay();
        while (prev.isGreaterThan(r.toMgDay())) {
            Milligrams wanted = prev.compareTo(r.toMgDay().plus(step)) <= 0 ? r.toMgDay() : prev.minus(step);
            Milligrams next = wanted.isZero() ? wanted
                    : atOrAbove(wanted, prev, f, maker, doseCap, unit).orElse(r.toMgDay());
            daily.add(next);
            prev = next;
        }
        int interval = o.intervalDays().orElse(defaultInterval);
        boolean stop = r.toMgDay().isZero();
        int before = daily.size() - 1;
        int minDays = DoseLimits.days(t.minTotalDuration());
        if (stop && r.fromMgDay().isGreaterThan(t.abruptStopAbove()) && o.intervalDays().isEmpty() && before > 0
                && before * interval < minDays) {
            interval = (minDays + before - 1) / before;
            why.add(new AppliedRule("Steps " + interval + " days apart so that the taper lasts at least " + minDays
                    + " days before the stop", t.source()));
        }
        int lastDays = o.maintenanceDays().orElse(interval);
        List<Integer> intervals = new ArrayList<>(Collections.nCopies(daily.size(), interval));
        if (stop && r.fromMgDay().isGreaterThan(t.abruptStopAbove()) && o.intervalDays().isEmpty()) {
            holdBeforeStop(daily, intervals, t, why);
        }
        List<Step> steps = support.dailySteps(daily, Collections.nCopies(daily.size(), f), intervals, lastDays,
                support.startDate(o, c), o, maker, doseCap, unit);
        if (PlanSupport.uneven(steps)) {
            why.add(new AppliedRule(
                    "Where a daily dose cannot be split evenly into doses the product can make, the"
                            + " larger doses come later in the day (e.g. 5 + 5 + 10 mg)",
                    List.of("REV-SPAS", "BACLO-A")));
        }
        PlanSupport.overrideRule(o).ifPresent(why::add);
        return new Regimen(PlanKind.TAPER, maker.product().id(), f, c.zone(), Optional.of(r.fromMgDay()),
                Optional.of(r.toMgDay()), Optional.of(r.reason()), o.override(), steps, why);
    }

    /**
     * The steps at or below {@code abruptStopAbove} per day before the stop last at least
     * {@code minTotalDuration} in all, so that 0 comes no sooner than that after the last
     * day above it (BACLOFEN.md §4, A): their intervals are stretched evenly, and the
     * plan says so.
     */
    private static void holdBeforeStop(List<Milligrams> daily, List<Integer> intervals, TaperDefaults t,
            List<AppliedRule> why) {
        int stopAt = daily.size() - 1;
        int first = stopAt;
        while (first > 0 && !daily.get(first - 1).isGreaterThan(t.abruptStopAbove())) {
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

    /**
     * The default daily step mirrors the titration's (step per dose × doses, within the
     * daily step limit).
     */
    private static Milligrams step(PlanOptions o, TaperDefaults t, OralDosing oral, DoseMaker maker, int n,
            List<AppliedRule> why) {
        if (o.stepMg().isPresent()) {
            return PlanSupport.checkStep(o.stepMg().get(), maker).times(n);
        }
        Milligrams step = t.stepPerDose().times(n);
        if (step.isGreaterThan(oral.maxStepDaily())) {
            why.add(new AppliedRule("With " + n + " doses a day each step lowers the day by at most "
                    + oral.maxStepDaily() + " (mirroring the titration), spread over the doses", List.of("BACLO-A")));
            step = oral.maxStepDaily();
        }
        Milligrams onGrid = PlanSupport.floorToGrid(step, maker);
        return onGrid.isZero() ? maker.grid() : onGrid;
    }

    /**
     * The frequency of the dose the taper starts from: TID when it fits 3 doses within
     * the single maximum.
     */
    private static Frequency startFrequency(Milligrams from, OralDosing oral, DoseMaker maker) {
        Frequency start = oral.startFrequency();
        boolean fits = DoseSplit.split(from, start.dosesPerDay(), maker, oral.maxSingle(), oral.stepPerDose())
            .isPresent();
        return fits || !oral.frequencies().contains(Frequency.QID) ? start : Frequency.QID;
    }

    /**
     * The lowest daily dose from {@code wanted} up to below {@code prev} that splits at
     * {@code f}.
     */
    private static Optional<Milligrams> atOrAbove(Milligrams wanted, Milligrams prev, Frequency f, DoseMaker maker,
            Milligrams maxSingle, Milligrams unit) {
        Milligrams d = PlanSupport.floorToGrid(wanted, maker);
        if (d.isLessThan(wanted)) {
            d = d.plus(maker.grid());
        }
        for (int i = 0; i < 10_000 && d.isLessThan(prev); i++, d = d.plus(maker.grid())) {
            if (!d.isZero() && DoseSplit.split(d, f.dosesPerDay(), maker, maxSingle, unit).isPresent()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

}
