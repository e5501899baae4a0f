package org.baclo.pk;

import java.util.Objects;
import org.baclo.units.Hours;
import org.baclo.units.Milligrams;
import org.baclo.units.NgHourPerMl;
import org.baclo.units.NgPerMl;

/**
 * The analytic metrics of one oral dose: peak concentration and its time
 * ({@code Tmax = ln(ka/k)/(ka−k)}, or {@code 1/k} when {@code ka = k}),
 * {@code AUC(0–∞) = dose / (CL/F)} and the elimination half-life {@code ln 2 / k}.
 * Immutable.
 */
public record SingleDoseMetrics(NgPerMl cmax, Hours tmax, NgHourPerMl aucToInfinity, Hours halfLife) {

    public SingleDoseMetrics {
        Objects.requireNonNull(cmax, "cmax");
        Objects.requireNonNull(tmax, "tmax");
        Objects.requireNonNull(aucToInfinity, "aucToInfinity");
        Objects.requireNonNull(halfLife, "halfLife");
    }

    public static SingleDoseMetrics of(PkParameters p, Milligrams dose) {
        double ka = p.ka().value();
        double k = p.eliminationRate();
        double mg = dose.asDouble();
        double tmax = OneCompartment.tmax(ka, k);
        double cmax = mg * OneCompartment.transfer(ka, k, tmax) * 1000 / p.volume().value();
        double auc = mg * 1000 / p.clearance().value();
        return new SingleDoseMetrics(new NgPerMl(cmax), new Hours(tmax), new NgHourPerMl(auc),
                new Hours(OneCompartment.halfLife(k)));
    }
}
