package org.baclo.pk;

import java.util.Objects;
import org.baclo.units.NgHourPerMl;
import org.baclo.units.NgPerMl;

/**
 * The exposure of one 24-hour day of a simulation (day 1 starts at the history's start).
 * Cmax and Cmin are taken over the day's grid points and its start and end instants; the
 * AUC is exact. Immutable.
 */
public record DailyExposure(int day, NgPerMl cmax, NgPerMl cmin, NgHourPerMl auc) {
    public DailyExposure {
        if (day < 1) {
            throw new IllegalArgumentException("days are numbered from 1; got " + day);
        }
        Objects.requireNonNull(cmax, "cmax");
        Objects.requireNonNull(cmin, "cmin");
        Objects.requireNonNull(auc, "auc");
    }
}
