package org.baclo.regimen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.units.Milligrams;

/**
 * Keep a daily dose for a number of days.
 *
 * @param currentMgDay the daily dose taken now (the active plan's on the first day); the
 * change to {@code doseMgDay} is checked as a step (BACLOFEN.md §4). Empty: none known.
 * @param doses explicit per-time doses (e.g. 5, 5, 10 mg) that must add up to
 * {@code doseMgDay}; empty: split by the planner
 */
public record MaintainRequest(PatientContext context, Milligrams doseMgDay, Optional<Milligrams> currentMgDay,
        List<Milligrams> doses, int days, PlanOptions options) implements PlanningRequest {
    public MaintainRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(doseMgDay, "doseMgDay");
        Objects.requireNonNull(currentMgDay, "currentMgDay");
        Objects.requireNonNull(options, "options");
        doses = doses == null ? List.of() : List.copyOf(doses);
        if (doseMgDay.isZero()) {
            throw new InvalidRequestException("doseMgDay", "must be greater than 0 mg/day; to stop, plan a taper");
        }
        if (days < 1) {
            throw new InvalidRequestException("maintenanceDays", "give how many days to keep the dose (1 or more)");
        }
    }
}
