package org.baclo.regimen;

import java.util.Objects;
import org.baclo.units.Milligrams;

/**
 * Lower the oral dose from the current daily dose to a lower one, or to stop (0).
 */
public record TaperRequest(PatientContext context, Milligrams fromMgDay, Milligrams toMgDay, TaperReason reason,
        PlanOptions options) implements PlanningRequest {
    public TaperRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(fromMgDay, "fromMgDay");
        Objects.requireNonNull(toMgDay, "toMgDay");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(options, "options");
        if (fromMgDay.isZero()) {
            throw new InvalidRequestException("fromMgDay", "must be greater than 0 mg/day");
        }
        if (toMgDay.compareTo(fromMgDay) >= 0) {
            throw new InvalidRequestException("toMgDay",
                    "must be below the current " + fromMgDay + "/day; got " + toMgDay + "/day");
        }
    }
}
