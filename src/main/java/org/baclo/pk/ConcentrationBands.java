package org.baclo.pk;

import java.util.Objects;

/**
 * Percentiles of the concentration (ng/mL) over virtual patients at each grid point.
 * Immutable.
 */
public final class ConcentrationBands {

    private final TimeGrid grid;

    private final double[] p5;

    private final double[] p50;

    private final double[] p95;

    ConcentrationBands(TimeGrid grid, double[] p5, double[] p50, double[] p95) {
        this.grid = Objects.requireNonNull(grid);
        this.p5 = p5.clone();
        this.p50 = p50.clone();
        this.p95 = p95.clone();
    }

    public TimeGrid grid() {
        return grid;
    }

    public int points() {
        return p50.length;
    }

    public PercentileSummary at(int point) {
        return new PercentileSummary(p5[point], p50[point], p95[point]);
    }

    public double[] p5() {
        return p5.clone();
    }

    public double[] p50() {
        return p50.clone();
    }

    public double[] p95() {
        return p95.clone();
    }

}
