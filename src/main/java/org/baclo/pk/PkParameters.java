package org.baclo.pk;

import java.util.Objects;
import org.baclo.units.Hours;
import org.baclo.units.Litres;
import org.baclo.units.LitresPerHour;
import org.baclo.units.PerHour;

/**
 * The parameters of one (typical or virtual) patient for the one-compartment model with
 * first-order absorption: apparent clearance {@code CL/F}, apparent volume {@code V/F}
 * and absorption rate {@code ka}. Because clearance and volume are apparent (divided by
 * the bioavailability F), doses enter the model as taken by mouth. Immutable.
 */
public record PkParameters(LitresPerHour clearance, Litres volume, PerHour ka) {

    public PkParameters {
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(ka, "ka");
        if (clearance.value() <= 0 || volume.value() <= 0 || ka.value() <= 0) {
            throw new IllegalArgumentException("clearance, volume and ka must all be greater than 0; got CL/F "
                    + clearance + ", V/F " + volume + ", ka " + ka);
        }
    }

    public static PkParameters of(double clearanceLPerH, double volumeL, double kaPerH) {
        return new PkParameters(new LitresPerHour(clearanceLPerH), new Litres(volumeL), new PerHour(kaPerH));
    }

    /** Elimination rate constant {@code k = (CL/F)/(V/F)} per hour. */
    public double eliminationRate() {
        return clearance.value() / volume.value();
    }

    /** Elimination half-life {@code ln 2 / k}. */
    public Hours halfLife() {
        return new Hours(OneCompartment.halfLife(eliminationRate()));
    }

    /**
     * Time for the average concentration of a constant regimen to reach 90% of its steady
     * state.
     */
    public Hours timeTo90PercentSteadyState() {
        return new Hours(OneCompartment.timeToFractionOfSteadyState(ka.value(), eliminationRate(), 0.9));
    }
}
