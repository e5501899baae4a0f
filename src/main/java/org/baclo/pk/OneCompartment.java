package org.baclo.pk;

/**
 * Closed-form solution of the one-compartment model with first-order absorption and
 * elimination: {@code dAg/dt = −ka·Ag}, {@code dAc/dt = ka·Ag − k·Ac},
 * {@code C = Ac / V}.
 *
 * <p>
 * Every formula is written in a form that stays accurate when {@code ka ≈ k} (including
 * {@code ka == k}) and in the flip-flop case {@code ka < k}: with {@code m = min(ka, k)}
 * and {@code M = max(ka, k)}, the difference {@code e^{−kt} − e^{−ka·t}} is computed as
 * {@code e^{−mt}·(−expm1(−(M−m)t))}, never as a difference of two exponentials. All
 * functions use {@link StrictMath}, so results are the same bit for bit on every
 * platform.
 *
 * <p>
 * Pure functions of their arguments; thread-safe. Rates are per hour, times in hours.
 */
public final class OneCompartment {

    private static final double LN2 = StrictMath.log(2);

    private OneCompartment() {
    }

    /** {@code (1 − e^{−x}) / x}, equal to 1 at 0; accurate for every {@code x ≥ 0}. */
    static double phi(double x) {
        return x == 0 ? 1 : -StrictMath.expm1(-x) / x;
    }

    /**
     * The central amount at time {@code t} after a unit amount is put in the gut at time
     * 0: {@code ka/(ka−k)·(e^{−kt} − e^{−ka·t})}, with its limit {@code ka·t·e^{−kt}}
     * when {@code ka = k}.
     */
    public static double transfer(double ka, double k, double t) {
        double m = Math.min(ka, k);
        double d = Math.max(ka, k) - m;
        return ka * t * StrictMath.exp(-m * t) * phi(d * t);
    }

    /**
     * Time of the peak after a single dose: {@code ln(ka/k)/(ka−k)}, or {@code 1/k} when
     * {@code ka = k}.
     */
    public static double tmax(double ka, double k) {
        double m = Math.min(ka, k);
        double d = Math.max(ka, k) - m;
        return d == 0 ? 1 / m : StrictMath.log1p(d / m) / d;
    }

    /** Elimination half-life {@code ln 2 / k}. */
    public static double halfLife(double k) {
        return LN2 / k;
    }

    /**
     * Fraction of steady state reached at time {@code t} under constant input at the
     * regimen's average rate: {@code 1 − (ka·e^{−kt} − k·e^{−ka·t})/(ka−k)}. It depends
     * on {@code ka} and {@code k} only, not on the dose.
     */
    public static double fractionOfSteadyState(double ka, double k, double t) {
        double m = Math.min(ka, k);
        double d = Math.max(ka, k) - m;
        return -StrictMath.expm1(-m * t) - m * t * StrictMath.exp(-m * t) * phi(d * t);
    }

    /**
     * The time at which {@link #fractionOfSteadyState} reaches {@code fraction} (0 &lt;
     * fraction &lt; 1), by safeguarded Newton iteration to full double precision. About
     * 3.3 half-lives for 90% when absorption is fast.
     */
    public static double timeToFractionOfSteadyState(double ka, double k, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction must be between 0 and 1; got " + fraction);
        }
        double lo = 0;
        double hi = -StrictMath.log1p(-fraction) / Math.min(ka, k) + tmax(ka, k);
        while (fractionOfSteadyState(ka, k, hi) < fraction) {
            hi *= 2;
        }
        double t = hi;
        for (int i = 0; i < 200; i++) {
            double f = fractionOfSteadyState(ka, k, t) - fraction;
            if (f == 0) {
                return t;
            }
            if (f < 0) {
                lo = t;
            }
            else {
                hi = t;
            }
            double slope = k * transfer(ka, k, t);
            double next = t - f / slope;
            if (!(next > lo && next < hi)) {
                next = lo + (hi - lo) / 2;
            }
            if (next == t || hi - lo <= Math.ulp(t) * 2) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /**
     * Coefficients of the exact state transition over a step {@code dt}: from
     * {@code (Ag, Ac)} to {@code (eka·Ag, ek·Ac + c·Ag)}, and the integral of {@code Ac}
     * over the step, {@code a1·Ac + a2·Ag}. Writes {@code eka, ek, c, a1, a2} into
     * {@code out[0..4]}.
     */
    static void transition(double ka, double k, double dt, double[] out) {
        double c = transfer(ka, k, dt);
        out[0] = StrictMath.exp(-ka * dt);
        out[1] = StrictMath.exp(-k * dt);
        out[2] = c;
        out[3] = dt * phi(k * dt);
        out[4] = transferArea(ka, k, dt, c);
    }

    /**
     * {@code ∫₀^dt transfer(ka, k, s) ds}: by its alternating Taylor series when
     * {@code max(ka, k)·dt < 1} (no cancellation there), otherwise from the mass balance
     * {@code k·∫Ac = absorbed − Ac(dt)}.
     */
    /**
     * A numerical cap on the series (it converges within a few terms when max(ka, k)·dt <
     * 1); not clinical.
     */
    private static final int MAX_SERIES_TERMS = 80;

    static double transferArea(double ka, double k, double dt, double transferAtDt) {
        if (Math.max(ka, k) * dt >= 1) {
            return Math.max(0, (-StrictMath.expm1(-ka * dt) - transferAtDt) / k);
        }
        // ka · Σ_j (−1)^j h_j dt^(j+2)/(j+2)!, h_j = Σ_i ka^i k^(j−i) (complete
        // homogeneous polynomial)
        double sum = 0;
        double h = 1;
        double kPow = 1;
        double f = dt * dt / 2;
        for (int j = 0; j < MAX_SERIES_TERMS; j++) {
            double term = h * f;
            sum += (j & 1) == 0 ? term : -term;
            if (term <= 1e-18 * sum) {
                break;
            }
            kPow *= k;
            h = ka * h + kPow;
            f *= dt / (j + 3);
        }
        return ka * sum;
    }

}
