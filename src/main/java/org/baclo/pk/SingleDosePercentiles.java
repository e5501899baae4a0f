package org.baclo.pk;

import java.util.Objects;

/**
 * Percentiles over virtual patients of the analytic single-dose metrics: Cmax (ng/mL),
 * Tmax (h), AUC(0–∞) (ng·h/mL) and elimination half-life (h). Immutable.
 */
public record SingleDosePercentiles(PercentileSummary cmax, PercentileSummary tmax, PercentileSummary auc,
        PercentileSummary halfLife) {
    public SingleDosePercentiles {
        Objects.requireNonNull(cmax, "cmax");
        Objects.requireNonNull(tmax, "tmax");
        Objects.requireNonNull(auc, "auc");
        Objects.requireNonNull(halfLife, "halfLife");
    }
}
