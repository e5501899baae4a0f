package org.baclo.pk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.units.Milligrams;

/**
 * The result of a virtual-population run: each patient's parameters and metrics (arrays
 * of the population size), their percentiles, percentiles per day, bands over time when
 * asked for, and the reference simulation (the typical patient of the set at its
 * reference covariates, no variability). Immutable.
 */
public final class PopulationResult {

    private final PopulationRequest request;

    private final double[] subjects;

    private final double[] lastDayCmax;

    private final double[] lastDayCmin;

    private final double[] lastDayAuc;

    private final double[] totalAuc;

    private final double[] timeTo90;

    private final Simulation reference;

    private final ConcentrationBands bands;

    private final List<DailyPercentiles> days;

    private final double[] curves;

    @SuppressWarnings("checkstyle:ParameterNumber")
    PopulationResult(PopulationRequest request, double[] subjects, double[] lastDayCmax, double[] lastDayCmin,
            double[] lastDayAuc, double[] totalAuc, double[] timeTo90, Simulation reference, ConcentrationBands bands,
            List<DailyPercentiles> days, double[] curves) {
        this.request = Objects.requireNonNull(request);
        this.subjects = subjects;
        this.lastDayCmax = lastDayCmax;
        this.lastDayCmin = lastDayCmin;
        this.lastDayAuc = lastDayAuc;
        this.totalAuc = totalAuc;
        this.timeTo90 = timeTo90;
        this.reference = Objects.requireNonNull(reference);
        this.bands = bands;
        this.days = List.copyOf(days);
        this.curves = curves;
    }

    public int size() {
        return request.size();
    }

    public long seed() {
        return request.patients().seed();
    }

    public TimeGrid grid() {
        return request.grid();
    }

    /** The parameters of virtual patient {@code i}. */
    public PkParameters subject(int i) {
        int o = i * VirtualPatients.FIELDS;
        return PkParameters.of(subjects[o], subjects[o + 1], subjects[o + 2]);
    }

    /**
     * Weight of patient {@code i} in kg, or NaN when the set's reference weight applies.
     */
    public double subjectWeightKg(int i) {
        return subjects[i * VirtualPatients.FIELDS + 3];
    }

    /** CrCl of patient {@code i} in mL/min, or NaN when the set's reference applies. */
    public double subjectCrclMlMin(int i) {
        return subjects[i * VirtualPatients.FIELDS + 4];
    }

    /**
     * The typical patient at the set's reference covariates, on the same doses and grid.
     */
    public Simulation reference() {
        return reference;
    }

    public Optional<ConcentrationBands> bands() {
        return Optional.ofNullable(bands);
    }

    public List<DailyPercentiles> days() {
        return days;
    }

    /** Patient {@code i}'s curve in ng/mL, when curves were kept. */
    public Optional<double[]> curve(int i) {
        if (curves == null) {
            return Optional.empty();
        }
        int n = size();
        double[] c = new double[grid().points()];
        for (int p = 0; p < c.length; p++) {
            c[p] = curves[p * n + i];
        }
        return Optional.of(c);
    }

    public PercentileSummary lastDayCmax() {
        return PercentileSummary.of(lastDayCmax);
    }

    public PercentileSummary lastDayCmin() {
        return PercentileSummary.of(lastDayCmin);
    }

    public PercentileSummary lastDayAuc() {
        return PercentileSummary.of(lastDayAuc);
    }

    /** AUC over the whole simulated time (ng·h/mL). */
    public PercentileSummary totalAuc() {
        return PercentileSummary.of(totalAuc);
    }

    /** Time to 90% of steady state (h). */
    public PercentileSummary timeTo90PercentSteadyState() {
        return PercentileSummary.of(timeTo90);
    }

    /** Total AUC relative to the {@link #reference()} patient's. */
    public PercentileSummary exposureRatio() {
        double ref = reference.totalAuc().value();
        double[] r = new double[totalAuc.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = totalAuc[i] / ref;
        }
        return PercentileSummary.ofReordering(r);
    }

    /** Percentiles of the analytic single-dose metrics for one dose of {@code dose}. */
    public SingleDosePercentiles singleDose(Milligrams dose) {
        int n = size();
        double[] cmax = new double[n];
        double[] tmax = new double[n];
        double[] auc = new double[n];
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            SingleDoseMetrics m = SingleDoseMetrics.of(subject(i), dose);
            cmax[i] = m.cmax().value();
            tmax[i] = m.tmax().value();
            auc[i] = m.aucToInfinity().value();
            half[i] = m.halfLife().value();
        }
        return new SingleDosePercentiles(PercentileSummary.ofReordering(cmax), PercentileSummary.ofReordering(tmax),
                PercentileSummary.ofReordering(auc), PercentileSummary.ofReordering(half));
    }

}
