package org.baclo.pk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static double type7(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    private static void assertExact(double[] column, double[] out) {
        assertThat(out[0]).isEqualTo(type7(column, 0.05));
        assertThat(out[1]).isEqualTo(type7(column, 0.5));
        assertThat(out[2]).isEqualTo(type7(column, 0.95));
    }

    @Test
    void selection_gives_type_7_percentiles_for_any_size_and_ties() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : new int[] { 1, 2, 3, 19, 20, 21, 100, 1001 }) {
            for (int trial = 0; trial < 20; trial++) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = trial % 3 == 0 ? r.nextInt(4) : r.nextDouble() * 100;
                }
                double[] out = new double[3];
                Percentiles.select(v.clone(), 0, n, out);
                assertExact(v, out);
            }
        }
    }

    @Test
    void guided_selection_is_exact_whether_its_guesses_hit_or_miss() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 2000;
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            base[i] = Math.exp(0.6 * VirtualPatients.gaussian(r));
        }
        GuidedPercentiles guided = new GuidedPercentiles(n);
        double[] out = new double[3];
        for (int p = 0; p < 400; p++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                // zeros first, smooth drift, sudden jumps, ties and a reshuffle of ranks
                // now and then
                double f = p < 5 ? 0 : (1 + 0.5 * Math.sin(p * 0.1)) * (p % 50 == 0 ? 3 : 1);
                column[i] = p % 37 == 0 ? Math.floor(base[(i * 7 + p) % n] * f * 4) / 4 : base[i] * f;
            }
            guided.select(column.clone(), 0, out);
            assertExact(column, out);
        }
    }

}
