package org.baclo.pk;

/**
 * The 5th, 50th and 95th percentiles of a quantity over virtual patients (linear
 * interpolation between order statistics, R's type 7). The unit is that of the quantity
 * summarised. Immutable.
 */
public record PercentileSummary(double p5, double p50, double p95) {

    static final double[] PROBABILITIES = { 0.05, 0.5, 0.95 };

    /** The percentiles of {@code values}; the array is reordered, not copied. */
    static PercentileSummary ofReordering(double[] values) {
        double[] out = new double[3];
        Percentiles.select(values, 0, values.length, out);
        return new PercentileSummary(out[0], out[1], out[2]);
    }

    /** The percentiles of {@code values}, which are left as they are. */
    static PercentileSummary of(double[] values) {
        return ofReordering(values.clone());
    }
}
