package org.baclo.pk;

import java.util.TreeSet;

/**
 * An independent numerical solution of the one-compartment model for the cross-check
 * tests: classical fourth-order Runge–Kutta on
 * {@code dAg/dt = −ka·Ag, dAc/dt = ka·Ag − k·Ac, dAUC/dt = Ac/V}, stepping exactly to
 * every dose and output time with sub-steps of at most {@code h} hours. Shares no code
 * with the simulator.
 */
final class OdeReference {

    private final double ka;

    private final double k;

    private final double volume;

    private final double h;

    OdeReference(double clearance, double volume, double ka, double h) {
        this.ka = ka;
        this.k = clearance / volume;
        this.volume = volume;
        this.h = h;
    }

    /**
     * Concentrations (ng/mL) at {@code times} (hours, ascending) and the AUC (ng·h/mL)
     * from 0 to each time.
     */
    Result solve(double[] doseTimesH, double[] doseMg, double[] times) {
        TreeSet<Double> stops = new TreeSet<>();
        for (double t : doseTimesH) {
            stops.add(t);
        }
        for (double t : times) {
            stops.add(t);
        }
        double[] conc = new double[times.length];
        double[] auc = new double[times.length];
        double[] y = new double[3];
        double now = 0;
        int out = 0;
        for (double stop : stops) {
            integrate(y, stop - now);
            now = stop;
            for (int d = 0; d < doseTimesH.length; d++) {
                if (doseTimesH[d] == stop) {
                    y[0] += doseMg[d];
                }
            }
            while (out < times.length && times[out] == stop) {
                conc[out] = y[1] / volume * 1000;
                auc[out] = y[2] * 1000;
                out++;
            }
        }
        return new Result(conc, auc);
    }

    private void integrate(double[] y, double span) {
        if (span <= 0) {
            return;
        }
        int n = (int) Math.ceil(span / h);
        double dt = span / n;
        for (int i = 0; i < n; i++) {
            double[] k1 = f(y);
            double[] k2 = f(add(y, k1, dt / 2));
            double[] k3 = f(add(y, k2, dt / 2));
            double[] k4 = f(add(y, k3, dt));
            for (int j = 0; j < 3; j++) {
                y[j] += dt / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
            }
        }
    }

    private double[] f(double[] y) {
        return new double[] { -ka * y[0], ka * y[0] - k * y[1], y[1] / volume };
    }

    private static double[] add(double[] y, double[] dy, double s) {
        return new double[] { y[0] + s * dy[0], y[1] + s * dy[1], y[2] + s * dy[2] };
    }

    record Result(double[] concentrations, double[] auc) {
    }

}
