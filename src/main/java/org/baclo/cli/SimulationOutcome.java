package org.baclo.cli;

import java.util.List;
import java.util.Optional;
import org.baclo.pk.CovariateDistribution;
import org.baclo.pk.DoseHistory;
import org.baclo.pk.ExposureComparison;
import org.baclo.pk.ParameterSetModel;
import org.baclo.pk.PercentileSummary;
import org.baclo.pk.PopulationResult;
import org.baclo.pk.Simulation;
import org.baclo.pk.SingleDoseMetrics;
import org.baclo.pk.TimeGrid;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;

/**
 * Everything one {@code baclo simulate} computed, for the text, JSON, CSV and SVG renderers.
 *
 * @param typical the patient with the given covariates and no variability
 * @param reference the same doses for the set's reference patient (e.g. CrCl 100 mL/min, 70 kg)
 * @param weight the weight used, with where it came from ({@code --weight-kg}, the plan, or the set reference)
 */
record SimulationOutcome(ParameterSetModel model, Covariate<Kilograms> weight, Covariate<MlPerMin> crcl,
        Optional<Milligrams> singleDose, String regimen, DoseHistory history, TimeGrid grid, Simulation typical,
        Simulation reference, Optional<PopulationResult> population,
        Optional<CovariateDistribution> weightDistribution, Optional<CovariateDistribution> crclDistribution,
        List<String> notes) {

    /** A covariate value (absent = the set's reference, or not modelled) and where it came from. */
    record Covariate<T>(Optional<T> value, String source) {
    }

    boolean isSingleDose() {
        return singleDose.isPresent();
    }

    Optional<SingleDoseMetrics> singleDoseMetrics() {
        return singleDose.map(d -> SingleDoseMetrics.of(typical.parameters(), d));
    }

    ExposureComparison exposure() {
        return ExposureComparison.of(typical, reference);
    }

    /**
     * Single dose, population: AUC(0–∞) relative to the reference patient's, per virtual patient. A linear
     * transform of AUC(0–∞), so its percentiles are those of AUC(0–∞) divided by the reference value.
     */
    PercentileSummary singleDoseExposureRatio(PopulationResult p) {
        double ref = SingleDoseMetrics.of(reference.parameters(), singleDose.orElseThrow()).aucToInfinity().value();
        PercentileSummary auc = p.singleDose(singleDose.orElseThrow()).auc();
        return new PercentileSummary(auc.p5() / ref, auc.p50() / ref, auc.p95() / ref);
    }

    /** The reference patient in words, e.g. "70 kg, CrCl 100 mL/min". */
    String referenceDescription() {
        StringBuilder s = new StringBuilder();
        model.referenceWeight().ifPresent(w -> s.append(w.format(1)));
        model.referenceCrcl().ifPresent(c -> s.append(s.length() > 0 ? ", " : "").append("CrCl ").append(c.format(1)));
        return s.length() == 0 ? "the set's typical patient" : s.toString();
    }
}
