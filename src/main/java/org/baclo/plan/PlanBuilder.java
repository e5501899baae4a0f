package org.baclo.plan;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.MaintainRequest;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.PlanOptions;
import org.baclo.regimen.TaperReason;
import org.baclo.regimen.TaperRequest;
import org.baclo.regimen.TitrationRequest;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.PlanService;
import org.baclo.units.Milligrams;
import org.baclo.units.Quote;

/**
 * Turns a {@link PlanRequest} and a patient context into a checked plan with the core's
 * {@link PlanService}: the same planners and rules as {@code baclo plan}, so the page and
 * the command line give the same plan. Errors are {@link InvalidRequestException}s naming
 * the request field.
 */
final class PlanBuilder {

    private final Knowledge knowledge;

    private final PlanService plans;

    PlanBuilder(Knowledge knowledge, PlanService plans) {
        this.knowledge = knowledge;
        this.plans = plans;
    }

    /**
     * @param active the dose the patient's active plan gives on the new plan's first day:
     * the start of a titration and of a taper when the request gives none, and the dose a
     * maintained plan is checked against, so the change from the old plan to the new one
     * is checked like any other step (BACLOFEN.md §4)
     */
    CheckedPlan build(PlanRequest r, PatientContext context, Optional<Milligrams> active) {
        String kind = r.kind() == null ? "" : r.kind().trim().toLowerCase(Locale.ROOT);
        Optional<Milligrams> current = optional("currentMgDay", r.currentMgDay()).or(() -> active);
        return switch (kind) {
            case "titrate" -> plans
                .plan(new TitrationRequest(context, required("targetMgDay", r.targetMgDay()), current, options(r)));
            case "taper" -> plans.plan(new TaperRequest(context,
                    r.fromMgDay() == null && active.isPresent() ? active.get() : required("fromMgDay", r.fromMgDay()),
                    optional("toMgDay", r.toMgDay()).orElse(Milligrams.ZERO),
                    TaperReason.parse("reason", r.reason() == null || r.reason().isBlank() ? "routine" : r.reason()),
                    options(r)));
            case "maintain" -> maintain(r, context, r.doseMgDay() != null ? current : active);
            default -> throw new InvalidRequestException("kind", "choose titrate, taper or maintain");
        };
    }

    private CheckedPlan maintain(PlanRequest r, PatientContext context, Optional<Milligrams> from) {
        Milligrams dose = r.doseMgDay() != null ? required("doseMgDay", r.doseMgDay())
                : required("doseMgDay", r.currentMgDay());
        Integer days = r.maintenanceDays();
        return plans
            .plan(new MaintainRequest(context, dose, from, doses(r.doses()), days == null ? 0 : days, options(r)));
    }

    /** "5,5,10" → 5, 5, 10 mg (explicit per-time doses, BACLOFEN.md §3). */
    static List<Milligrams> doses(String text) {
        List<Milligrams> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String t : text.split("[,+\\s]+")) {
            if (t.isBlank()) {
                continue;
            }
            try {
                out.add(mg("doses", new BigDecimal(t.trim())));
            }
            catch (NumberFormatException e) {
                throw new InvalidRequestException("doses", "'" + t + "' is not a number of mg; write e.g. 5,5,10");
            }
        }
        return out;
    }

    private static PlanOptions options(PlanRequest r) {
        PlanOptions o = PlanOptions.defaults()
            .withProduct(
                    r.product() == null || r.product().isBlank() ? PlanOptions.DEFAULT_PRODUCT : r.product().trim());
        if (r.frequency() != null && !r.frequency().isBlank()) {
            try {
                o = o.withFrequency(Frequency.parse(r.frequency()));
            }
            catch (IllegalArgumentException e) {
                throw new InvalidRequestException("frequency", "choose BID, TID or QID");
            }
        }
        if (r.stepMg() != null || r.intervalDays() != null) {
            o = o.withStep(r.stepMg() == null ? null : mg("stepMg", r.stepMg()), r.intervalDays());
        }
        if (r.startDate() != null) {
            o = o.withStartDate(r.startDate());
        }
        if (r.doseTimes() != null && !r.doseTimes().isBlank()) {
            o = new PlanOptions(o.productId(), o.frequency(), o.stepMg(), o.intervalDays(), o.startDate(),
                    times(r.doseTimes()), o.maintenanceDays(), o.override());
        }
        if (r.maintenanceDays() != null && !"maintain".equalsIgnoreCase(r.kind())) {
            o = new PlanOptions(o.productId(), o.frequency(), o.stepMg(), o.intervalDays(), o.startDate(),
                    o.doseTimes(), Optional.of(r.maintenanceDays()), o.override());
        }
        if (r.override() != null && !r.override().isBlank()) {
            o = o.withOverride(r.override());
        }
        return o;
    }

    private static List<LocalTime> times(String text) {
        List<LocalTime> out = new ArrayList<>();
        for (String t : text.split("[,\\s]+")) {
            if (t.isBlank()) {
                continue;
            }
            try {
                out.add(LocalTime.parse(t.trim()));
            }
            catch (DateTimeParseException e) {
                throw new InvalidRequestException("doseTimes", "'" + Quote.value(t) + "' is not a time such as 08:00");
            }
        }
        return out;
    }

    private static Milligrams required(String field, BigDecimal v) {
        if (v == null) {
            throw new InvalidRequestException(field, "is required (mg/day)");
        }
        return mg(field, v);
    }

    private static Optional<Milligrams> optional(String field, BigDecimal v) {
        return v == null ? Optional.empty() : Optional.of(mg(field, v));
    }

    private static Milligrams mg(String field, BigDecimal v) {
        if (v.signum() < 0) {
            throw new InvalidRequestException(field, "must be 0 mg or more; got " + Quote.number(v));
        }
        return new Milligrams(v);
    }

}
