package org.baclo.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;
import org.baclo.report.PlanDocument;
import org.baclo.units.Milligrams;

/**
 * A patient's diary: each planned dose logged (on time, a little early or late, late by
 * hours, or not at all; now and then skipped with a reason or an extra dose), daily
 * spasticity and sleep ratings on most days, pain ratings, a weekly Penn score and rare
 * side effects. The rates are the generated population's behaviour, not clinical rules.
 */
final class DiaryMaker {

    /** The engine looks at recent weeks; older entries do not change today's alerts. */
    static final int ENGINE_DAYS = 28;

    private final List<String> sideEffects;

    DiaryMaker(List<String> sideEffects) {
        this.sideEffects = sideEffects;
    }

    /** The rows to store and the recent diary for the follow-up engine. */
    record Made(List<DiaryRow> rows, Diary recent) {
    }

    Made make(GenPatient p, List<PlanMaker.ActivePeriod> periods, SplittableRandom r, Instant now) {
        ZoneId zone = ZoneId.of(p.timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate lastLogged = today.minusDays(p.silentDays());
        Instant recentFrom = now.minusSeconds(ENGINE_DAYS * 86400L);
        List<DiaryRow> rows = new ArrayList<>();
        List<DiaryDose> doses = new ArrayList<>();
        List<Observation> obs = new ArrayList<>();
        java.util.Map<String, LocalTime> times = new java.util.HashMap<>();
        for (LocalDate day = p.historyStart(); !day.isAfter(today); day = day.plusDays(1)) {
            boolean logs = day.isBefore(lastLogged) || (p.silentDays() == 0 && !day.isAfter(lastLogged));
            String d = day.toString().replace("-", "");
            PlanDocument.StepDoc step = stepOn(periods, day);
            if (step != null && logs) {
                int i = 0;
                for (PlanDocument.DoseDoc dose : step.doses()) {
                    i++;
                    ZonedDateTime planned = day.atTime(times.computeIfAbsent(dose.time(), LocalTime::parse))
                        .atZone(zone);
                    double u = r.nextDouble();
                    if (u < p.missRate()) {
                        if (r.nextDouble() < 0.3) {
                            OffsetDateTime at = planned.toOffsetDateTime();
                            add(rows, doses, obs, recentFrom, now, DiaryRow.dose("d" + d + "-" + i, at, "SKIPPED", null,
                                    "forgot", at.plusMinutes(r.nextInt(120))), null);
                        }
                        continue;
                    }
                    long minutes = r.nextDouble() < p.lateRate() ? 60 + r.nextInt(180) : r.nextInt(50) - 20;
                    OffsetDateTime at = planned.plusMinutes(minutes).toOffsetDateTime();
                    add(rows, doses, obs, recentFrom, now, DiaryRow.dose("d" + d + "-" + i, at, "TAKEN", dose.mg(),
                            null, at.plusMinutes(r.nextInt(30))), null);
                }
                if (r.nextDouble() < 0.005 && !step.doses().isEmpty()) {
                    OffsetDateTime at = day.atTime(22, 0).atZone(zone).toOffsetDateTime();
                    add(rows, doses, obs, recentFrom, now,
                            DiaryRow.dose("d" + d + "-x", at, "EXTRA", step.doses().get(0).mg(), null, at), null);
                }
            }
            if (!logs) {
                continue;
            }
            OffsetDateTime evening = day.atTime(20, 0).atZone(zone).toOffsetDateTime().plusMinutes(r.nextInt(90));
            OffsetDateTime morning = day.atTime(8, 0).atZone(zone).toOffsetDateTime().plusMinutes(r.nextInt(60));
            if (r.nextDouble() < 0.6) {
                int v = clamp(4 + (int) Math.round(2 * (r.nextDouble() + r.nextDouble() - 1) * 2));
                add(rows, doses, obs, recentFrom, now,
                        DiaryRow.score("o" + d + "-spas", "spasticity-nrs", evening, v, null, evening),
                        new Observation.Score("o" + d + "-spas", evening, Observation.Nrs.SPASTICITY, v));
            }
            if (r.nextDouble() < 0.4) {
                int v = clamp(5 + r.nextInt(5) - 2);
                add(rows, doses, obs, recentFrom, now,
                        DiaryRow.score("o" + d + "-sleep", "sleep-nrs", morning, v, null, morning),
                        new Observation.Score("o" + d + "-sleep", morning, Observation.Nrs.SLEEP, v));
            }
            if (r.nextDouble() < 0.3) {
                int v = clamp(3 + r.nextInt(5) - 2);
                add(rows, doses, obs, recentFrom, now,
                        DiaryRow.score("o" + d + "-pain", "pain-nrs", evening, v, null, evening),
                        new Observation.Score("o" + d + "-pain", evening, Observation.Nrs.PAIN, v));
            }
            if (day.getDayOfWeek().getValue() == 7 && r.nextDouble() < 0.7) {
                int f = r.nextInt(5);
                Integer sev = f == 0 ? null : 1 + r.nextInt(3);
                add(rows, doses, obs, recentFrom, now,
                        DiaryRow.score("o" + d + "-penn", "penn", evening, f, sev, evening),
                        new Observation.Penn("o" + d + "-penn", evening, f, Optional.ofNullable(sev)));
            }
            if (!sideEffects.isEmpty() && r.nextDouble() < 0.01) {
                String effect = sideEffects.get(r.nextInt(Math.min(8, sideEffects.size())));
                Observation.EffectSeverity sev = r.nextDouble() < 0.8 ? Observation.EffectSeverity.MILD
                        : Observation.EffectSeverity.MODERATE;
                add(rows, doses, obs, recentFrom, now,
                        new DiaryRow("o" + d + "-se", "side-effect", evening, null, null, null, null, effect,
                                sev.name(), null, null, evening),
                        new Observation.SideEffect("o" + d + "-se", evening, effect, sev, Optional.empty()));
            }
        }
        return new Made(rows, new Diary(doses, obs));
    }

    private static void add(List<DiaryRow> rows, List<DiaryDose> doses, List<Observation> obs, Instant recentFrom,
            Instant now, DiaryRow row, Observation o) {
        if (row.at().toInstant().isAfter(now) || row.recordedAt().toInstant().isAfter(now)) {
            return; // not yet happened
        }
        rows.add(row);
        if (row.at().toInstant().isBefore(recentFrom)) {
            return;
        }
        if (o != null) {
            obs.add(o);
        }
        else {
            doses.add(new DiaryDose(row.clientId(), row.at(), DiaryDose.Status.valueOf(row.doseStatus()),
                    Optional.ofNullable(row.mg()).map(Milligrams::new), Optional.ofNullable(row.note())));
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(10, v));
    }

    /**
     * The step of the plan active on {@code day} (after a plan's last step: the last
     * step).
     */
    static PlanDocument.StepDoc stepOn(List<PlanMaker.ActivePeriod> periods, LocalDate day) {
        for (PlanMaker.ActivePeriod a : periods) {
            if (day.isBefore(a.from()) || day.isAfter(a.to())) {
                continue;
            }
            List<PlanDocument.StepDoc> steps = a.plan().document().steps();
            if (steps == null || steps.isEmpty()) {
                return null;
            }
            for (PlanDocument.StepDoc s : steps) {
                if (!day.isBefore(LocalDate.parse(s.startDate())) && !day.isAfter(LocalDate.parse(s.endDate()))) {
                    return s;
                }
            }
            PlanDocument.StepDoc last = steps.get(steps.size() - 1);
            return day.isAfter(LocalDate.parse(last.endDate())) ? last : null;
        }
        return null;
    }

}
