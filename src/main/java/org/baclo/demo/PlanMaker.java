package org.baclo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Severity;
import org.baclo.plan.PlanDrafts;
import org.baclo.plan.PlanDrafts.Drafted;
import org.baclo.plan.PlanRequest;
import org.baclo.regimen.ContextInput;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;

/**
 * The plan history of an oral patient, made by the real planner ({@link PlanDrafts}): a
 * titration from the first day, for some a maintenance plan after it, for a few a taper
 * near the end, and for some a draft waiting for review. A plan with a CRITICAL finding
 * stays a draft (nobody activated it). The request values are the generated clinic's
 * choices; the planner applies the label's rules to them.
 */
final class PlanMaker {

    /** Creatinine results older than this are not used (the application's default). */
    private static final int CREATININE_MAX_AGE_DAYS = 90;

    private static final int[] TARGETS = { 30, 40, 45, 60 };

    private final Knowledge knowledge;

    private final PlanDrafts drafts;

    PlanMaker(Knowledge knowledge, PlanDrafts drafts) {
        this.knowledge = knowledge;
        this.drafts = drafts;
    }

    /** One plan version of the patient, in version order. */
    record GenPlan(Drafted drafted, String status, LocalDate supersededOn, int supersededByIndex, LocalDate createdOn) {
    }

    /** An active period: the plan that gave the doses from {@code from} to {@code to}. */
    record ActivePeriod(LocalDate from, LocalDate to, Drafted plan) {
    }

    record History(List<GenPlan> plans, List<ActivePeriod> periods) {
    }

    History make(GenPatient p, SplittableRandom r, LocalDate end) {
        List<GenPlan> plans = new ArrayList<>();
        List<ActivePeriod> periods = new ArrayList<>();
        PatientContext ctx;
        try {
            ctx = context(p, end);
        }
        catch (InvalidRequestException e) {
            return new History(plans, periods);
        }
        LocalDate start = p.historyStart();
        Drafted first = tryDraft(ctx, titrate(TARGETS[r.nextInt(TARGETS.length)], start), Optional.empty());
        if (first == null) {
            first = tryDraft(ctx, titrate(TARGETS[0], start), Optional.empty());
        }
        if (first == null) {
            return new History(plans, periods);
        }
        if (first.maxSeverity() == Severity.CRITICAL) {
            plans.add(new GenPlan(first, "DRAFT", null, -1, start));
            return new History(plans, periods);
        }
        plans.add(new GenPlan(first, "ACTIVE", null, -1, start));
        LocalDate titrationEnd = LocalDate.parse(last(first).endDate());
        if (end.toEpochDay() - titrationEnd.toEpochDay() > 45 && r.nextDouble() < 0.5) {
            LocalDate from = titrationEnd.plusDays(7 + r.nextInt(30));
            BigDecimal dose = PlanDrafts.doseOn(first.document(), from).orElseThrow();
            activate(plans, ctx, new PlanRequest("maintain", null, null, null, null, null, "tablet", null, null, null,
                    from, null, 90, null, dose, null), dose, from);
        }
        if (r.nextDouble() < 0.06) {
            LocalDate from = end.minusDays(r.nextInt(21));
            BigDecimal dose = activeDose(plans, from);
            BigDecimal to = r.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(dose.intValue() / 2 / 5 * 5);
            activate(plans, ctx, new PlanRequest("taper", null, null, dose, to,
                    r.nextBoolean() ? "routine" : "no-benefit", "tablet", null, null, null, from, null, null, null),
                    dose, from);
        }
        if (r.nextDouble() < 0.1) {
            LocalDate from = end.plusDays(1 + r.nextInt(7));
            BigDecimal dose = activeDose(plans, from);
            Drafted d = tryDraft(ctx, new PlanRequest("titrate", dose.add(BigDecimal.TEN), dose, null, null, null,
                    "tablet", null, null, null, from, null, null, null), Optional.of(dose));
            if (d != null) {
                plans.add(new GenPlan(d, "DRAFT", null, -1, end.minusDays(r.nextInt(3))));
            }
        }
        // active periods from the activated plans, in order
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (!"DRAFT".equals(plans.get(i).status())) {
                active.add(i);
            }
        }
        for (int k = 0; k < active.size(); k++) {
            GenPlan g = plans.get(active.get(k));
            LocalDate to = k + 1 < active.size() ? plans.get(active.get(k + 1)).drafted().effectiveFrom().minusDays(1)
                    : end;
            periods.add(new ActivePeriod(g.drafted().effectiveFrom(), to, g.drafted()));
        }
        return new History(plans, periods);
    }

    private void activate(List<GenPlan> plans, PatientContext ctx, PlanRequest request, BigDecimal dose,
            LocalDate from) {
        Drafted d = tryDraft(ctx, request, Optional.of(dose));
        if (d == null || d.maxSeverity() == Severity.CRITICAL) {
            return;
        }
        int index = plans.size();
        for (int i = 0; i < plans.size(); i++) {
            GenPlan g = plans.get(i);
            if ("ACTIVE".equals(g.status())) {
                plans.set(i, new GenPlan(g.drafted(), "SUPERSEDED", d.effectiveFrom(), index, g.createdOn()));
            }
        }
        plans.add(new GenPlan(d, "ACTIVE", null, -1, from.minusDays(1)));
    }

    private static BigDecimal activeDose(List<GenPlan> plans, LocalDate day) {
        for (GenPlan g : plans) {
            if ("ACTIVE".equals(g.status())) {
                return PlanDrafts.doseOn(g.drafted().document(), day).orElse(BigDecimal.valueOf(30));
            }
        }
        return BigDecimal.valueOf(30);
    }

    private Drafted tryDraft(PatientContext ctx, PlanRequest request, Optional<BigDecimal> active) {
        try {
            return drafts.draft(ctx, request, active);
        }
        catch (InvalidRequestException e) {
            return null;
        }
    }

    private static org.baclo.report.PlanDocument.StepDoc last(Drafted d) {
        var steps = d.document().steps();
        return steps.get(steps.size() - 1);
    }

    private static PlanRequest titrate(int target, LocalDate start) {
        return new PlanRequest("titrate", BigDecimal.valueOf(target), null, null, null, null, "tablet", null, null,
                null, start, null, null, null);
    }

    /** The patient's context on the last generated day (as {@code PatientContexts}). */
    PatientContext context(GenPatient p, LocalDate end) {
        int age = Period.between(p.dateOfBirth(), end).getYears();
        boolean mgDl = "mg/dL".equals(p.creatinineUnit());
        return new ContextInput(age, p.sex(), p.weightKg(), mgDl ? p.creatinineValue() : null,
                mgDl ? null : p.creatinineValue(), null, p.dialysis(), false, p.conditions(), p.medications(),
                p.indication(), p.timeZone(), null, p.creatinineDate(), CREATININE_MAX_AGE_DAYS)
            .resolve(knowledge, ZoneId.of(p.timeZone()));
    }

}
