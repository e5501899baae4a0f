package org.baclo.pk;

/**
 * The exposure of a simulation relative to a reference simulation of the same dose
 * history (for example the same regimen at the parameter set's reference kidney function
 * and weight): ratios of total AUC, and of the last day's AUC, Cmax and Cmin. A ratio of
 * 1.5 means 50% more exposure than the reference. Immutable.
 */
public record ExposureComparison(double aucRatio, double lastDayAucRatio, double lastDayCmaxRatio,
        double lastDayCminRatio) {

    public static ExposureComparison of(Simulation subject, Simulation reference) {
        DailyExposure s = subject.lastDay();
        DailyExposure r = reference.lastDay();
        return new ExposureComparison(ratio(subject.totalAuc().value(), reference.totalAuc().value()),
                ratio(s.auc().value(), r.auc().value()), ratio(s.cmax().value(), r.cmax().value()),
                ratio(s.cmin().value(), r.cmin().value()));
    }

    private static double ratio(double a, double b) {
        return b == 0 ? (a == 0 ? 1 : Double.POSITIVE_INFINITY) : a / b;
    }
}
