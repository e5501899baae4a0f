package org.baclo.pk;

import java.util.ArrayList;
import java.util.List;
import org.baclo.units.NgHourPerMl;
import org.baclo.units.NgPerMl;

/**
 * Simulates one patient. Stateless and thread-safe. Cost: O(grid points + doses), a few
 * floating-point operations per point; memory: the curve.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * The concentration curve and daily metrics of {@code history} for a patient with
     * {@code parameters}.
     */
    public static Simulation simulate(PkParameters parameters, DoseHistory history, TimeGrid grid) {
        return simulate(parameters, history.schedule(), grid);
    }

    static Simulation simulate(PkParameters parameters, DoseSchedule schedule, TimeGrid grid) {
        Cohort cohort = Cohort.of(parameters, schedule, grid);
        double[] curve = new double[grid.points()];
        List<DailyExposure> days = new ArrayList<>(grid.days());
        Cohort.DaySink sink = (day, cmax, cmin, auc) -> days
            .add(new DailyExposure(day + 1, new NgPerMl(cmax[0]), new NgPerMl(cmin[0]), new NgHourPerMl(auc[0])));
        cohort.advance(grid.points(), curve, 0, 1, 0, sink);
        cohort.finish(sink);
        return new Simulation(parameters, grid, curve, days, new NgHourPerMl(cohort.totalAuc(0)));
    }

}
