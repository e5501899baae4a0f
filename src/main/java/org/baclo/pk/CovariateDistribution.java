package org.baclo.pk;

/**
 * A user-given normal distribution of a covariate for virtual populations, truncated to
 * {@code [min, max]} by redrawing. BACLOFEN.md gives no covariate distributions, so Baclo
 * never assumes one: without a distribution, every virtual patient has the given (or the
 * reference) covariate value. Immutable.
 */
public record CovariateDistribution(double mean, double sd, double min, double max) {
    public CovariateDistribution {
        if (!Double.isFinite(mean) || !Double.isFinite(sd) || sd < 0 || !(min <= mean && mean <= max)) {
            throw new PkInputException("a covariate distribution needs a finite mean within [" + min + ", " + max
                    + "] and a standard deviation of at least 0; got mean " + mean + ", SD " + sd);
        }
        if (sd > 0 && (max - min) < sd / 10) {
            throw new PkInputException("the covariate range [" + min + ", " + max + "] is too narrow for SD " + sd);
        }
    }
}
