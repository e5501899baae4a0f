package org.baclo.pk;

import java.util.Arrays;

/**
 * The intakes of a dose history compiled for the simulator: times in milliseconds from
 * the history's start (ascending, no two equal) and amounts in mg. Immutable; the arrays
 * are never exposed.
 */
final class DoseSchedule {

    private final long[] timesMs;

    private final double[] amountsMg;

    DoseSchedule(long[] timesMs, double[] amountsMg) {
        if (timesMs.length != amountsMg.length) {
            throw new IllegalArgumentException("times and amounts differ in length");
        }
        for (int i = 0; i < timesMs.length; i++) {
            if (timesMs[i] < 0 || (i > 0 && timesMs[i] <= timesMs[i - 1])) {
                throw new IllegalArgumentException("dose times must be ascending and not before the start");
            }
            if (!(amountsMg[i] >= 0) || Double.isInfinite(amountsMg[i])) {
                throw new IllegalArgumentException("dose amounts must be finite and not negative");
            }
        }
        this.timesMs = timesMs.clone();
        this.amountsMg = amountsMg.clone();
    }

    int size() {
        return timesMs.length;
    }

    long timeMs(int i) {
        return timesMs[i];
    }

    double amountMg(int i) {
        return amountsMg[i];
    }

    /** A schedule with every amount multiplied by {@code factor} (tests of linearity). */
    DoseSchedule scaled(double factor) {
        double[] a = amountsMg.clone();
        for (int i = 0; i < a.length; i++) {
            a[i] *= factor;
        }
        return new DoseSchedule(timesMs, a);
    }

    @Override
    public String toString() {
        return "DoseSchedule" + Arrays.toString(timesMs);
    }

}
