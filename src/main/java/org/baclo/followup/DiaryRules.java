package org.baclo.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.baclo.knowledge.Confidence;
import org.baclo.knowledge.FollowUpRules;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.SignList;
import org.baclo.regimen.Step;
import org.baclo.units.Milligrams;

/** The five diary rules; each gives at most one alert, the one that holds now. */
final class DiaryRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private static final String DO_NOT_STOP = "Do not stop baclofen suddenly.";

    private final Knowledge knowledge;

    private final FollowUpRules rules;

    private final DoseCalendar calendar;

    private final ZoneId zone;

    DiaryRules(Knowledge knowledge, FollowUpRules rules, DoseCalendar calendar, ZoneId zone) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.calendar = calendar;
        this.zone = zone;
    }

    /**
     * WITHDRAWAL_RISK: no dose recorded for 24 h (WARNING) or 48 h (CRITICAL) while an
     * oral plan is active.
     */
    Optional<Alert> withdrawal(List<DiaryDose> doses, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Optional<Step> step = calendar.stepOn(today);
        if (step.isEmpty() || step.get().isStop()) {
            return Optional.empty();
        }
        Optional<Instant> lastIntake = doses.stream()
            .filter(DiaryDose::isIntake)
            .map(d -> d.at().toInstant())
            .reduce((a, b) -> b);
        Optional<Instant> firstDue = calendar.between(calendar.firstDay(), today)
            .stream()
            .map(o -> o.due().toInstant())
            .filter(t -> !t.isAfter(now))
            .findFirst();
        Optional<Instant> reference = lastIntake.isPresent() ? lastIntake : firstDue;
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        Duration gap = Duration.between(reference.get(), now);
        FollowUpRules.Withdrawal w = rules.withdrawal();
        Severity severity;
        if (gap.compareTo(w.criticalAfter()) >= 0) {
            severity = Severity.CRITICAL;
        }
        else if (gap.compareTo(w.warningAfter()) >= 0) {
            severity = Severity.WARNING;
        }
        else {
            return Optional.empty();
        }
        String what = lastIntake.isPresent() ? "No baclofen dose recorded since " + local(reference.get())
                : "No baclofen dose recorded since the plan began (first dose due " + local(reference.get()) + ")";
        String message = what + ": " + hours(gap) + " h while the oral plan is active (" + step.get().dailyMg()
                + "/day). Risk of withdrawal: hallucinations, seizures, fever, confusion, rebound spasticity."
                + " Contact the patient; restarting baclofen is the first treatment of withdrawal.";
        String patient = "No baclofen dose has been recorded for more than "
                + hours(severity == Severity.CRITICAL ? w.criticalAfter() : w.warningAfter()) + " hours. " + DO_NOT_STOP
                + " Take your next dose at its"
                + " usual time (do not take a double dose) and contact your clinic today. If you have"
                + " hallucinations, a seizure, a fever or confusion, get medical help now.";
        return Optional.of(Alert.of(AlertCode.WITHDRAWAL_RISK, severity, reference.get(), message, patient, w));
    }

    /**
     * SERIOUS_ADVERSE_EVENT: a serious reaction from the knowledge list, or any side
     * effect rated severe.
     */
    Optional<Alert> seriousEvent(List<Observation> observations, Instant now) {
        Instant planStart = calendar.firstDay().atStartOfDay(zone).toInstant();
        SignList serious = knowledge.adverseReactions().serious();
        Set<String> seriousNames = serious.signs().stream().map(DiaryRules::key).collect(Collectors.toSet());
        List<Observation.SideEffect> hits = new ArrayList<>();
        for (Observation o : observations) {
            if (o instanceof Observation.SideEffect s && !s.at().toInstant().isAfter(now)
                    && !s.at().toInstant().isBefore(planStart)
                    && (seriousNames.contains(key(s.effect())) || s.severity() == Observation.EffectSeverity.SEVERE)) {
                hits.add(s);
            }
        }
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Observation.SideEffect last = hits.get(hits.size() - 1);
        boolean anySeriousSign = hits.stream().anyMatch(s -> seriousNames.contains(key(s.effect())));
        String effects = hits.stream()
            .map(s -> s.effect() + " (" + s.severity().wireName() + ", " + local(s.at().toInstant()) + ")")
            .distinct()
            .collect(Collectors.joining("; "));
        String message = "Serious side effect reported: " + effects + ". See the patient now; consider overdose,"
                + " interactions and renal function.";
        String patient = "You reported " + last.effect() + ". This can be serious: get medical help now (call your"
                + " emergency number) and say that you take baclofen. " + DO_NOT_STOP;
        List<String> source = anySeriousSign ? serious.source() : List.of("BACLO-A");
        Confidence confidence = anySeriousSign ? serious.confidence() : Confidence.A;
        return Optional.of(new Alert(AlertCode.SERIOUS_ADVERSE_EVENT, Severity.CRITICAL, last.at().toInstant(), message,
                patient, source, confidence));
    }

    /**
     * SPASTICITY_WORSENING (WARNING) or RESPONSE (INFO): last days' mean spasticity NRS
     * against the first days.
     */
    Optional<Alert> spasticityTrend(List<Observation> observations, Instant now) {
        FollowUpRules.Trend t = rules.trend();
        Instant baselineStart = calendar.firstDay().atStartOfDay(zone).toInstant();
        Instant baselineEnd = baselineStart.plus(t.window());
        Instant recentStart = now.minus(t.window());
        if (recentStart.isBefore(baselineEnd)) {
            return Optional.empty();
        }
        List<Observation.Score> baseline = new ArrayList<>();
        List<Observation.Score> recent = new ArrayList<>();
        for (Observation o : observations) {
            if (o instanceof Observation.Score s && s.scale() == Observation.Nrs.SPASTICITY) {
                Instant at = s.at().toInstant();
                if (!at.isBefore(baselineStart) && at.isBefore(baselineEnd)) {
                    baseline.add(s);
                }
                else if (at.isAfter(recentStart) && !at.isAfter(now)) {
                    recent.add(s);
                }
            }
        }
        if (baseline.isEmpty() || recent.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal before = mean(baseline);
        BigDecimal after = mean(recent);
        BigDecimal change = BigDecimal.valueOf(t.changePercent()).movePointLeft(2);
        long days = t.window().toDays();
        String figures = "mean spasticity NRS " + after.toPlainString() + " over the last " + days + " days against "
                + before.toPlainString() + " over the plan's first " + days + " days";
        Instant since = recent.get(0).at().toInstant();
        if (after.compareTo(before) > 0 && after.compareTo(before.multiply(BigDecimal.ONE.add(change))) >= 0) {
            String pct = before.signum() == 0 ? "" : " (+" + percent(after.subtract(before), before) + "%)";
            return Optional.of(Alert.of(AlertCode.SPASTICITY_WORSENING, Severity.WARNING, since,
                    "Spasticity worse: " + figures + pct + ". Review the plan.",
                    "Your stiffness scores have gone up over the last " + days
                            + " days. Keep taking baclofen as planned and tell your clinic.",
                    t));
        }
        if (before.signum() > 0 && after.compareTo(before.multiply(BigDecimal.ONE.subtract(change))) <= 0) {
            return Optional.of(Alert.of(AlertCode.RESPONSE, Severity.INFO, since,
                    "Response: " + figures + " (−" + percent(before.subtract(after), before)
                            + "%), a clinically important reduction.",
                    "Your stiffness scores have gone down since you started this plan. Keep taking baclofen as"
                            + " planned.",
                    t));
        }
        return Optional.empty();
    }

    /**
     * OVER_DOSE: recorded doses of a day above the plan's daily dose (WARNING) or the
     * label's cap (CRITICAL).
     */
    Optional<Alert> overDose(List<DiaryDose> doses, Instant now) {
        Milligrams cap = knowledge.dosing().oral().maxDaily();
        Map<LocalDate, List<DiaryDose>> byDay = new TreeMap<>();
        for (DiaryDose d : doses) {
            if (d.isIntake()) {
                byDay.computeIfAbsent(d.at().atZoneSameInstant(zone).toLocalDate(), k -> new ArrayList<>()).add(d);
            }
        }
        Optional<Alert> worst = Optional.empty();
        for (Map.Entry<LocalDate, List<DiaryDose>> e : byDay.entrySet()) {
            Optional<Step> step = calendar.stepOn(e.getKey());
            if (step.isEmpty()) {
                continue;
            }
            Milligrams planned = step.get().dailyMg();
            Milligrams sum = Milligrams.ZERO;
            Instant crossedPlan = null;
            Instant crossedCap = null;
            for (DiaryDose d : e.getValue()) {
                sum = sum.plus(d.intakeMg());
                if (crossedPlan == null && sum.isGreaterThan(planned)) {
                    crossedPlan = d.at().toInstant();
                }
                if (crossedCap == null && sum.isGreaterThan(cap)) {
                    crossedCap = d.at().toInstant();
                }
            }
            if (crossedPlan == null) {
                continue;
            }
            Severity severity = crossedCap != null ? Severity.CRITICAL : Severity.WARNING;
            String day = DAY.format(e.getKey());
            String message = "Recorded " + sum + " on " + day + " against the plan's " + planned + "/day"
                    + (crossedCap != null ? ", above the label's maximum of " + cap + "/day" : "") + ".";
            String patient = "You recorded more baclofen on " + day + " than your plan says ("
                    + sum.value().toPlainString() + " mg instead of " + planned.value().toPlainString()
                    + " mg). Do not take extra"
                    + " doses to catch up. If you feel very drowsy or confused, or your breathing is slow, get"
                    + " medical help now. Tell your clinic.";
            Alert a = Alert.of(AlertCode.OVER_DOSE, severity, crossedCap != null ? crossedCap : crossedPlan, message,
                    patient, rules.overDose());
            if (worst.isEmpty() || a.severity().isAtLeast(worst.get().severity())) {
                worst = Optional.of(a);
            }
        }
        return worst;
    }

    /**
     * MISSED_DOSES: taken below the threshold share of the doses due over the window
     * (CAUTION).
     */
    Optional<Alert> missedDoses(List<DiaryDose> doses, Instant now) {
        FollowUpRules.Adherence a = rules.adherence();
        Instant from = now.minus(a.window());
        LocalDate firstDay = from.atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<DueDose> due = calendar.between(firstDay, today)
            .stream()
            .filter(o -> o.due().toInstant().isAfter(from) && !o.due().toInstant().isAfter(now))
            .toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        long taken = doses.stream()
            .filter(d -> d.status() == DiaryDose.Status.TAKEN)
            .filter(d -> d.at().toInstant().isAfter(from))
            .count();
        int counted = (int) Math.min(taken, due.size());
        int pct = Math.round(100f * counted / due.size());
        if (pct >= a.belowPercent()) {
            return Optional.empty();
        }
        String message = "Adherence " + pct + "% over the last " + a.window().toDays() + " days: " + counted + " of "
                + due.size() + " planned doses recorded as taken (alert below " + a.belowPercent() + "%).";
        String patient = "You took " + counted + " of " + due.size() + " planned doses in the last "
                + a.window().toDays() + " days. " + knowledge.followUp().missedDose().text() + " " + DO_NOT_STOP
                + " If taking your doses is hard, tell your clinic.";
        return Optional
            .of(Alert.of(AlertCode.MISSED_DOSES, Severity.CAUTION, due.get(0).due().toInstant(), message, patient, a));
    }

    /** A time in the patient's zone to the minute, e.g. 2026-12-07 11:55 (+00:00). */
    private String local(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('xxx')'")
            .format(t.atZone(zone).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    }

    private static long hours(Duration d) {
        return d.toHours();
    }

    private static BigDecimal mean(List<Observation.Score> scores) {
        int sum = scores.stream().mapToInt(Observation.Score::value).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).toPlainString();
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

}
