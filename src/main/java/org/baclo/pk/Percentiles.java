package org.baclo.pk;

/**
 * Exact percentiles by selection (expected O(n)), without sorting. The result depends
 * only on the multiset of values, never on their order, so it is the same whatever order
 * parallel workers wrote them in.
 */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * Writes the 5th, 50th and 95th percentiles (type 7) of {@code a[from, to)} into
     * {@code out[0..2]}, reordering that range.
     */
    static void select(double[] a, int from, int to, double[] out) {
        int n = to - from;
        if (n <= 0) {
            throw new IllegalArgumentException("no values");
        }
        int left = from;
        for (int i = 0; i < PercentileSummary.PROBABILITIES.length; i++) {
            double h = (n - 1) * PercentileSummary.PROBABILITIES[i];
            int rank = (int) Math.floor(h);
            double frac = h - rank;
            int at = from + rank;
            selectKth(a, left, to, at);
            double lo = a[at];
            double value = lo;
            if (frac > 0) {
                double hi = a[at + 1];
                for (int j = at + 2; j < to; j++) {
                    hi = Math.min(hi, a[j]);
                }
                value = lo + frac * (hi - lo);
            }
            out[i] = value;
            left = at;
        }
    }

    /**
     * Puts the element of rank {@code k} (absolute index) of {@code a[from, to)} at
     * {@code k}: smaller before.
     */
    static void selectKth(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            }
            else if (k >= i) {
                lo = i;
            }
            else {
                return;
            }
        }
    }

    private static double median(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

}
