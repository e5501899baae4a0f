package org.baclo.regimen;

import java.util.Objects;
import java.util.Optional;
import org.baclo.units.Milligrams;

/**
 * Raise the oral dose to a target daily dose.
 *
 * @param currentMgDay the daily dose taken now; empty for a patient starting baclofen
 */
public record TitrationRequest(PatientContext context, Milligrams targetMgDay, Optional<Milligrams> currentMgDay,
        PlanOptions options) implements PlanningRequest {
    public TitrationRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(targetMgDay, "targetMgDay");
        Objects.requireNonNull(currentMgDay, "currentMgDay");
        Objects.requireNonNull(options, "options");
        if (targetMgDay.isZero()) {
            throw new InvalidRequestException("targetMgDay", "must be greater than 0 mg/day");
        }
        currentMgDay = currentMgDay.filter(c -> !c.isZero());
        currentMgDay.filter(c -> c.compareTo(targetMgDay) >= 0).ifPresent(c -> {
            throw new InvalidRequestException("targetMgDay",
                    "must be above the current dose of " + c + "/day; to lower the dose, plan a taper");
        });
    }
}
