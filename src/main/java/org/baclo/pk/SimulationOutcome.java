package org.baclo.pk;

import java.util.List;
import java.util.Optional;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;

/**
 * Everything one simulation computed ({@code baclo simulate},
 * {@code GET /api/v1/tools/simulation}), for the text, JSON, CSV and SVG renderers.
 *
 * @param typical the patient with the given covariates and no variability
 * @param reference the same doses for the set's reference patient (e.g. CrCl 100 mL/min,
 * 70 kg)
 * @param weight the weight used, with where it came from ({@code --weight-kg}, the plan,
 * or the set reference)
 */
public record SimulationOutcome(ParameterSetModel model, CovariateChoice<Kilograms> weight,
        CovariateChoice<MlPerMin> crcl, Optional<Milligrams> singleDose, String regimen, DoseHistory history,
        TimeGrid grid, Simulation typical, Simulation reference, Optional<PopulationResult> population,
        Optional<CovariateDistribution> weightDistribution, Optional<CovariateDistribution> crclDistribution,
        List<String> notes) {

    public SimulationOutcome {
        notes = List.copyOf(notes);
    }

    /**
     * Simulates the typical patient with the chosen covariates and the set's reference
     * patient.
     */
    public static SimulationOutcome of(ParameterSetModel model, CovariateChoice<Kilograms> weight,
            CovariateChoice<MlPerMin> crcl, Optional<Milligrams> singleDose, String regimen, DoseHistory history,
            TimeGrid grid, Optional<PopulationResult> population, Optional<CovariateDistribution> weightDistribution,
            Optional<CovariateDistribution> crclDistribution, List<String> notes) {
        Covariates covariates = new Covariates(weight.value(), crcl.value());
        Simulation typical = Simulator.simulate(model.typical(covariates), history, grid);
        Simulation reference = covariates.isReference() ? typical
                : Simulator.simulate(model.typical(Covariates.REFERENCE), history, grid);
        return new SimulationOutcome(model, weight, crcl, singleDose, regimen, history, grid, typical, reference,
                population, weightDistribution, crclDistribution, notes);
    }

    /** One dose at time 0, in words ("single dose of 10 mg"). */
    public static String singleDoseDescription(Milligrams dose) {
        return "single dose of " + dose.format(3);
    }

    public boolean isSingleDose() {
        return singleDose.isPresent();
    }

    public Optional<SingleDoseMetrics> singleDoseMetrics() {
        return singleDose.map(d -> SingleDoseMetrics.of(typical.parameters(), d));
    }

    public ExposureComparison exposure() {
        return ExposureComparison.of(typical, reference);
    }

    /**
     * Single dose, population: AUC(0–∞) relative to the reference patient's, per virtual
     * patient. A linear transform of AUC(0–∞), so its percentiles are those of AUC(0–∞)
     * divided by the reference value.
     */
    public PercentileSummary singleDoseExposureRatio(PopulationResult p) {
        double ref = SingleDoseMetrics.of(reference.parameters(), singleDose.orElseThrow()).aucToInfinity().value();
        PercentileSummary auc = p.singleDose(singleDose.orElseThrow()).auc();
        return new PercentileSummary(auc.p5() / ref, auc.p50() / ref, auc.p95() / ref);
    }

    /** The reference patient in words, e.g. "70 kg, CrCl 100 mL/min". */
    public String referenceDescription() {
        StringBuilder s = new StringBuilder();
        model.referenceWeight().ifPresent(w -> s.append(w.format(1)));
        model.referenceCrcl().ifPresent(c -> s.append(s.length() > 0 ? ", " : "").append("CrCl ").append(c.format(1)));
        return s.length() == 0 ? "the set's typical patient" : s.toString();
    }
}
