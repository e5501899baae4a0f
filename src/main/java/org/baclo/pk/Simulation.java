package org.baclo.pk;

import java.util.List;
import java.util.Objects;
import org.baclo.units.NgHourPerMl;
import org.baclo.units.NgPerMl;

/**
 * The result of simulating one patient: the concentration on the grid, the daily metrics
 * and the total AUC over the simulated time. Immutable (the curve is copied in and out).
 */
public final class Simulation {

    private final PkParameters parameters;

    private final TimeGrid grid;

    private final double[] concentrations;

    private final List<DailyExposure> days;

    private final NgHourPerMl totalAuc;

    Simulation(PkParameters parameters, TimeGrid grid, double[] concentrations, List<DailyExposure> days,
            NgHourPerMl totalAuc) {
        this.parameters = Objects.requireNonNull(parameters);
        this.grid = Objects.requireNonNull(grid);
        this.concentrations = concentrations.clone();
        this.days = List.copyOf(days);
        this.totalAuc = Objects.requireNonNull(totalAuc);
    }

    public PkParameters parameters() {
        return parameters;
    }

    public TimeGrid grid() {
        return grid;
    }

    /** The concentration at grid point {@code i}. */
    public NgPerMl concentration(int i) {
        return new NgPerMl(concentrations[i]);
    }

    /** The curve in ng/mL, one value per grid point (a copy). */
    public double[] concentrationsNgPerMl() {
        return concentrations.clone();
    }

    public List<DailyExposure> days() {
        return days;
    }

    public DailyExposure lastDay() {
        return days.get(days.size() - 1);
    }

    /** AUC over the whole simulated time. */
    public NgHourPerMl totalAuc() {
        return totalAuc;
    }

}
