package org.baclo.safety;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.Sourced;
import org.baclo.knowledge.TaperDefaults;
import org.baclo.regimen.DoseLimits;
import org.baclo.regimen.PlanKind;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.Step;
import org.baclo.regimen.TaperReason;
import org.baclo.units.Milligrams;

/**
 * Rules on how fast a regimen changes the dose: titration speed, taper speed, stopping.
 */
final class SpeedRules {

    private static final int SHOWN = 3;

    private SpeedRules() {
    }

    /**
     * A rise larger than the step (per dose, and the daily step limit) or sooner than the
     * interval, or a titration that starts above the start dose (BACLOFEN.md §3 [LBL-TAB,
     * BACLO-A]; slow titration in the MODERATE and SEVERE bands §5 [AJKD-2017, BACLO-A]).
     * WARNING; in the slow bands CRITICAL unless a clinician override is recorded ("never
     * a faster one without an override").
     */
    static List<Finding> titrationTooFast(CheckInput in) {
        Regimen r = in.regimen();
        DoseLimits limits = in.limits();
        List<String> issues = new ArrayList<>();
        List<Step> steps = r.steps();
        if (r.kind() == PlanKind.TITRATE && r.fromMgDay().isEmpty()
                && steps.get(0).dailyMg().isGreaterThan(limits.startDaily())) {
            issues.add("it starts at " + steps.get(0).dailyMg() + "/day, above the start of " + limits.startDose() + " "
                    + limits.startFrequency() + " (" + limits.startDaily() + "/day)");
        }
        for (int i = 0; i < steps.size(); i++) {
            Optional<Milligrams> prev = previousDaily(r, i);
            Step s = steps.get(i);
            if (prev.isEmpty() || !s.dailyMg().isGreaterThan(prev.get())) {
                continue;
            }
            Milligrams rise = s.dailyMg().minus(prev.get());
            Milligrams allowed = Milligrams.min(limits.maxStepDaily(),
                    limits.stepPerDose().times(Math.max(1, s.doses().size())));
            if (addsFourthDose(r, i)) {
                // the label's own last step: 20 mg TID → 20 mg QID (BACLOFEN.md §3
                // [LBL-TAB])
                allowed = Milligrams.max(allowed, limits.maxSingle());
            }
            if (rise.isGreaterThan(allowed)) {
                issues.add("on " + s.startDate() + " it rises by " + rise + "/day (at most " + allowed + "/day: "
                        + limits.stepPerDose() + " per dose, " + limits.maxStepDaily() + "/day)");
            }
            if (i > 0 && steps.get(i - 1).days() < limits.stepIntervalDays()) {
                issues.add("on " + s.startDate() + " it rises " + steps.get(i - 1).days() + " day(s) after the"
                        + " previous step (at least " + limits.stepIntervalDays() + " days)");
            }
        }
        if (issues.isEmpty()) {
            return List.of();
        }
        Knowledge k = in.knowledge();
        Sourced fact = limits.slowTitration() ? k.dosing().renal().slowTitration() : k.dosing().oral();
        Severity severity = limits.slowTitration() && r.override().isEmpty() ? Severity.CRITICAL : Severity.WARNING;
        String band = limits.slowTitration()
                ? " for the " + limits.band().map(Enum::name).orElse("") + " renal band" + (r.override().isPresent()
                        ? "; clinician override: " + r.override().get() : "; a faster plan needs a clinician override")
                : "";
        return List.of(Finding.of(FindingCode.TITRATION_TOO_FAST, severity,
                "The titration is faster than allowed" + band + ": " + summary(issues) + ".",
                limits.speed().text() + ".", fact));
    }

    /**
     * A drop larger than the taper step (per dose, and the daily step limit it mirrors)
     * or sooner than the taper interval, or a stop from above {@code abruptStopAbove}
     * sooner than {@code minTotalDuration} after the taper began (BACLOFEN.md §4
     * [LBL-TAB, LBL-OZO, LBL-CA, BACLO-A]). WARNING; INFO when the reason is a serious
     * adverse reaction, the one reason that may justify a fast taper. A one-step stop is
     * ABRUPT_STOP instead.
     */
    static List<Finding> taperTooFast(CheckInput in) {
        Regimen r = in.regimen();
        TaperDefaults t = in.knowledge().dosing().taper();
        Milligrams maxStepDaily = in.knowledge().dosing().oral().maxStepDaily();
        int interval = DoseLimits.days(t.stepInterval());
        List<String> issues = new ArrayList<>();
        List<Step> steps = r.steps();
        for (int i = 0; i < steps.size(); i++) {
            Optional<Milligrams> prev = previousDaily(r, i);
            Step s = steps.get(i);
            if (prev.isEmpty() || !s.dailyMg().isLessThan(prev.get()) || isAbrupt(prev.get(), s, t)) {
                continue;
            }
            boolean smallStop = s.isStop() && !prev.get().isGreaterThan(t.abruptStopAbove());
            int n = Math.max(1, i > 0 ? steps.get(i - 1).doses().size() : s.doses().size());
            Milligrams drop = prev.get().minus(s.dailyMg());
            Milligrams allowed = Milligrams.min(maxStepDaily, t.stepPerDose().times(n));
            if (!smallStop && drop.isGreaterThan(allowed)) {
                issues.add("on " + s.startDate() + " it drops by " + drop + "/day (at most " + allowed + "/day)");
            }
            if (i > 0 && changed(r, i - 1) && steps.get(i - 1).days() < interval) {
                issues.add("on " + s.startDate() + " it drops " + steps.get(i - 1).days() + " day(s) after the"
                        + " previous step (at least " + interval + " days)");
            }
        }
        shortTaper(r, t).ifPresent(issues::add);
        if (issues.isEmpty()) {
            return List.of();
        }
        boolean fastAllowed = fastReason(r, t);
        String msg = "The taper is faster than the default: " + summary(issues) + "."
                + (fastAllowed ? " Reason: serious adverse reaction, which may justify a faster taper." : "");
        return List.of(Finding.of(FindingCode.TAPER_TOO_FAST, fastAllowed ? Severity.INFO : Severity.WARNING, msg,
                t.withdrawalWarning(), t));
    }

    /**
     * Reaching 0 less than {@code taper.minTotalDuration} after the last day above
     * {@code taper.abruptStopAbove} per day — in one step or several, e.g. 60 → 15 → 0
     * mg/day in two days (BACLOFEN.md §4 [LBL-TAB, LBL-OZO, BACLO-A]). CRITICAL, unless
     * the reason is a serious adverse reaction: then any pace is allowed and
     * {@link #withdrawalSigns} lists what to watch for.
     */
    static List<Finding> abruptStop(CheckInput in) {
        Regimen r = in.regimen();
        TaperDefaults t = in.knowledge().dosing().taper();
        Optional<StopGap> gap = stopGap(r, t);
        if (gap.isEmpty() || fastReason(r, t) || gap.get().days() >= DoseLimits.days(t.minTotalDuration())) {
            return List.of();
        }
        StopGap g = gap.get();
        int min = DoseLimits.days(t.minTotalDuration());
        String msg = "Baclofen stops on " + g.stop() + ", " + g.days() + " day(s) after the last day above "
                + t.abruptStopAbove() + "/day (" + g.lastAbove() + ", " + g.aboveMg() + "/day): it must reach 0 no"
                + " sooner than " + min + " days after that day. Taper more slowly, or give the reason"
                + " serious-adverse-reaction if that is why it stops.";
        return List.of(Finding.of(FindingCode.ABRUPT_STOP, Severity.CRITICAL, msg, t.withdrawalWarning(), t));
    }

    /**
     * A plan that stops because of a serious adverse reaction (any pace allowed) carries
     * the withdrawal signs to watch for (BACLOFEN.md §4 [LBL-TAB, LBL-OZO]). INFO.
     */
    static List<Finding> withdrawalSigns(CheckInput in) {
        Regimen r = in.regimen();
        TaperDefaults t = in.knowledge().dosing().taper();
        if (!fastReason(r, t) || r.steps().stream().noneMatch(Step::isStop)) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.WITHDRAWAL_SIGNS, Severity.INFO, "Stopping for a serious adverse"
                + " reaction: any pace may be chosen. Watch for withdrawal: " + decapitalize(t.withdrawalWarning())
                + " Hallucinations, seizures, fever or confusion need care now; restarting baclofen is the first"
                + " treatment.", t.withdrawalWarning(), t));
    }

    /**
     * The stop date, the last day above the threshold before it, and the days between
     * (empty: no such stop).
     */
    private record StopGap(java.time.LocalDate stop, java.time.LocalDate lastAbove, Milligrams aboveMg, long days) {
    }

    private static Optional<StopGap> stopGap(Regimen r, TaperDefaults t) {
        List<Step> steps = r.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).isStop()) {
                continue;
            }
            java.time.LocalDate lastAbove = null;
            Milligrams above = null;
            for (int j = 0; j < i; j++) {
                if (steps.get(j).dailyMg().isGreaterThan(t.abruptStopAbove())) {
                    lastAbove = steps.get(j).endDate();
                    above = steps.get(j).dailyMg();
                }
            }
            if (lastAbove == null && r.fromMgDay().filter(f -> f.isGreaterThan(t.abruptStopAbove())).isPresent()) {
                lastAbove = steps.get(0).startDate().minusDays(1);
                above = r.fromMgDay().get();
            }
            if (lastAbove != null) {
                java.time.LocalDate stop = steps.get(i).startDate();
                return Optional.of(new StopGap(stop, lastAbove, above, ChronoUnit.DAYS.between(lastAbove, stop)));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Step {@code i} goes from three doses a day to four. */
    /**
     * The label's own last step (20 mg TID → 20 mg QID): a fourth dose added while the
     * three existing doses stay as they were. A step that also raises the existing doses
     * is an ordinary step.
     */
    private static boolean addsFourthDose(Regimen r, int i) {
        if (i == 0 || r.steps().get(i - 1).doses().size() != 3 || r.steps().get(i).doses().size() != 4) {
            return false;
        }
        List<Milligrams> before = new ArrayList<>(
                r.steps().get(i - 1).doses().stream().map(d -> d.mg()).sorted().toList());
        List<Milligrams> after = new ArrayList<>(r.steps().get(i).doses().stream().map(d -> d.mg()).sorted().toList());
        for (Milligrams m : before) {
            boolean found = after.removeIf(new java.util.function.Predicate<Milligrams>() {
                private boolean done;

                @Override
                public boolean test(Milligrams x) {
                    if (!done && x.compareTo(m) == 0) {
                        done = true;
                        return true;
                    }
                    return false;
                }
            });
            if (!found) {
                return false;
            }
        }
        return after.size() == 1;
    }

    private static boolean isAbrupt(Milligrams prev, Step s, TaperDefaults t) {
        return s.isStop() && prev.isGreaterThan(t.abruptStopAbove());
    }

    private static boolean fastReason(Regimen r, TaperDefaults t) {
        return r.reason().map(TaperReason::id).filter(t.fastReasons()::contains).isPresent();
    }

    /**
     * The daily dose before step {@code i}: the previous step's, or the dose taken before
     * the plan.
     */
    private static Optional<Milligrams> previousDaily(Regimen r, int i) {
        return i > 0 ? Optional.of(r.steps().get(i - 1).dailyMg()) : r.fromMgDay();
    }

    /**
     * Whether step {@code i} changed the dose (so its length is an interval between
     * changes).
     */
    private static boolean changed(Regimen r, int i) {
        return previousDaily(r, i).map(p -> p.compareTo(r.steps().get(i).dailyMg()) != 0).orElse(false);
    }

    /**
     * A stop from above the threshold reached sooner than the minimum total taper:
     * measured from the first drop of the falling run that ends in the stop, to the stop.
     */
    private static Optional<String> shortTaper(Regimen r, TaperDefaults t) {
        List<Step> steps = r.steps();
        int stop = -1;
        for (int i = 0; i < steps.size() && stop < 0; i++) {
            stop = steps.get(i).isStop() ? i : -1;
        }
        if (stop < 0) {
            return Optional.empty();
        }
        int runStart = stop;
        while (runStart > 0 && !steps.get(runStart - 1).dailyMg().isLessThan(steps.get(runStart).dailyMg())) {
            runStart--;
        }
        int firstDrop = -1;
        for (int i = runStart; i <= stop && firstDrop < 0; i++) {
            Optional<Milligrams> prev = previousDaily(r, i);
            firstDrop = prev.isPresent() && steps.get(i).dailyMg().isLessThan(prev.get()) ? i : -1;
        }
        if (firstDrop < 0 || firstDrop == stop) {
            return Optional.empty();
        }
        Milligrams peak = previousDaily(r, firstDrop).orElseThrow();
        long days = ChronoUnit.DAYS.between(steps.get(firstDrop).startDate(), steps.get(stop).startDate());
        int min = DoseLimits.days(t.minTotalDuration());
        if (!peak.isGreaterThan(t.abruptStopAbove()) || days >= min) {
            return Optional.empty();
        }
        return Optional.of("it stops " + days + " day(s) after the taper from " + peak + "/day began (at least " + min
                + " days from above " + t.abruptStopAbove() + "/day)");
    }

    private static String summary(List<String> issues) {
        List<String> shown = issues.size() > SHOWN ? issues.subList(0, SHOWN) : issues;
        return String.join("; ", shown) + (issues.size() > SHOWN ? "; and " + (issues.size() - SHOWN) + " more" : "");
    }

}
