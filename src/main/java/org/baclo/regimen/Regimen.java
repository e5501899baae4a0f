package org.baclo.regimen;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.units.Milligrams;

/**
 * An oral baclofen regimen: consecutive dated steps, each a daily dose split into doses
 * at local times, every dose made from one product. Made by a planner or typed by hand
 * ({@link RegimenDraft}); the safety engine checks both alike. Immutable.
 *
 * @param frequency the regimen's usual number of doses a day (a hand-typed step may
 * differ)
 * @param fromMgDay the daily dose taken before the first step, when known
 * @param targetMgDay the daily dose asked for (titration) or the lower dose aimed at
 * (taper), when known
 * @param reason why a taper lowers the dose; empty for a titration
 * @param override a clinician's reason for going beyond a rule that otherwise blocks the
 * plan
 * @param appliedRules the rules the planner applied, in words with sources (empty for a
 * hand-typed regimen)
 */
public record Regimen(PlanKind kind, String productId, Frequency frequency, ZoneId timeZone,
        Optional<Milligrams> fromMgDay, Optional<Milligrams> targetMgDay, Optional<TaperReason> reason,
        Optional<String> override, List<Step> steps, List<AppliedRule> appliedRules) {

    public Regimen {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(fromMgDay, "fromMgDay");
        Objects.requireNonNull(targetMgDay, "targetMgDay");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(override, "override");
        steps = List.copyOf(steps);
        appliedRules = List.copyOf(appliedRules);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a regimen needs at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (!steps.get(i).startDate().equals(steps.get(i - 1).endDate().plusDays(1))) {
                throw new IllegalArgumentException("step " + i + " must start the day after step " + (i - 1) + " ends");
            }
        }
        for (Step s : steps) {
            for (Dose d : s.doses()) {
                if (!d.amount().productId().equals(productId)) {
                    throw new IllegalArgumentException("every dose must be made from " + productId);
                }
            }
        }
    }

    /** The highest daily dose of any step. */
    public Milligrams peakDailyMg() {
        return steps.stream().map(Step::dailyMg).max(Milligrams::compareTo).orElse(Milligrams.ZERO);
    }

    public Step lastStep() {
        return steps.get(steps.size() - 1);
    }
}
