package org.baclo.pk;

/**
 * Exact 5/50/95th percentiles of consecutive grid points, faster than a selection per
 * point: the values of the previous points predict narrow windows around each percentile;
 * one branch-free pass counts the values below each window and copies those inside; when
 * each wanted rank falls inside its window, only the window is searched. When a
 * prediction misses, the point falls back to {@link Percentiles#select}. Either way the
 * result is the exact type-7 percentile, so it never depends on the prediction.
 *
 * <p>
 * Not thread-safe: one per task, used for consecutive points of one column range.
 */
final class GuidedPercentiles {

    private static final double[] P = PercentileSummary.PROBABILITIES;

    private final int n;

    private final double[][] windows;

    private final double[] previous = new double[3];

    private final double[] beforePrevious = new double[3];

    private final double[] relativeWidth = { 0.01, 0.01, 0.01 };

    private final int[] ranks = new int[3];

    private final double[] fractions = new double[3];

    private int seen;

    GuidedPercentiles(int n) {
        this.n = n;
        windows = new double[3][n + 1];
        for (int j = 0; j < 3; j++) {
            double h = (n - 1) * P[j];
            ranks[j] = (int) Math.floor(h);
            fractions[j] = h - ranks[j];
        }
    }

    /**
     * Percentiles of {@code a[from, from + n)} into {@code out[0..2]}; the range may be
     * reordered.
     */
    void select(double[] a, int from, double[] out) {
        if (seen == 0 || !guided(a, from, out)) {
            Percentiles.select(a, from, from + n, out);
        }
        seen++;
        for (int j = 0; j < 3; j++) {
            beforePrevious[j] = seen > 1 ? previous[j] : out[j];
            previous[j] = out[j];
        }
    }

    private boolean guided(double[] a, int from, double[] out) {
        double[] centre = new double[3];
        double[] half = new double[3];
        for (int j = 0; j < 3; j++) {
            double trend = previous[j] - beforePrevious[j];
            centre[j] = previous[j] + trend;
            half[j] = Math.max(Math.abs(trend), Math.max(relativeWidth[j] * Math.abs(centre[j]), 1e-9));
        }
        int[] below = new int[3];
        int[] count = new int[3];
        scan(a, from, centre, half, below, count);
        boolean hit = true;
        for (int j = 0; j < 3; j++) {
            int k = ranks[j] - below[j];
            int last = k + (fractions[j] > 0 ? 1 : 0);
            if (k < 0 || last >= count[j]) {
                relativeWidth[j] = Math.min(1, relativeWidth[j] * 4);
                hit = false;
            }
            else if (count[j] > n / 64 + 16) {
                relativeWidth[j] /= 2;
            }
        }
        if (!hit) {
            return false;
        }
        for (int j = 0; j < 3; j++) {
            double[] w = windows[j];
            int k = ranks[j] - below[j];
            Percentiles.selectKth(w, 0, count[j], k);
            double value = w[k];
            if (fractions[j] > 0) {
                double next = w[k + 1];
                for (int i = k + 2; i < count[j]; i++) {
                    next = Math.min(next, w[i]);
                }
                value += fractions[j] * (next - value);
            }
            out[j] = value;
        }
        return true;
    }

    /**
     * One pass over the column: counts the values below each window and copies those
     * inside it. Both tests use the same rounded {@code d = x − centre}, which is
     * monotone in {@code x}, so "below" ({@code d + half < 0}, read from the sign bit: no
     * unpredictable branch) and "inside" ({@code |d| ≤ half}, one comparison on a rarely
     * taken branch) split the sorted column exactly into consecutive runs.
     */
    private void scan(double[] a, int from, double[] centre, double[] half, int[] below, int[] count) {
        double h0 = half[0];
        double h1 = half[1];
        double h2 = half[2];
        double m0 = centre[0];
        double m1 = centre[1];
        double m2 = centre[2];
        double[] w0 = windows[0];
        double[] w1 = windows[1];
        double[] w2 = windows[2];
        int b0 = 0;
        int b1 = 0;
        int b2 = 0;
        int c0 = 0;
        int c1 = 0;
        int c2 = 0;
        for (int i = from, end = from + n; i < end; i++) {
            double x = a[i];
            double d0 = x - m0;
            double d1 = x - m1;
            double d2 = x - m2;
            b0 += (int) (Double.doubleToRawLongBits(d0 + h0) >>> 63);
            b1 += (int) (Double.doubleToRawLongBits(d1 + h1) >>> 63);
            b2 += (int) (Double.doubleToRawLongBits(d2 + h2) >>> 63);
            if (Math.abs(d0) <= h0) {
                w0[c0++] = x;
            }
            if (Math.abs(d1) <= h1) {
                w1[c1++] = x;
            }
            if (Math.abs(d2) <= h2) {
                w2[c2++] = x;
            }
        }
        below[0] = b0;
        below[1] = b1;
        below[2] = b2;
        count[0] = c0;
        count[1] = c1;
        count[2] = c2;
    }

}
