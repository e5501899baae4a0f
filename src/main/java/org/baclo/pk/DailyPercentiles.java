package org.baclo.pk;

import java.util.Objects;

/**
 * Percentiles over virtual patients of one day's Cmax and Cmin (ng/mL) and AUC (ng·h/mL).
 * Immutable.
 */
public record DailyPercentiles(int day, PercentileSummary cmax, PercentileSummary cmin, PercentileSummary auc) {
    public DailyPercentiles {
        Objects.requireNonNull(cmax, "cmax");
        Objects.requireNonNull(cmin, "cmin");
        Objects.requireNonNull(auc, "auc");
    }
}
