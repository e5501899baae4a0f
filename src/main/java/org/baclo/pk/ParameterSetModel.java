package org.baclo.pk;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.PkModel;
import org.baclo.knowledge.PkParameterSet;
import org.baclo.units.Kilograms;
import org.baclo.units.MlPerMin;

/**
 * A knowledge parameter set (BACLOFEN.md §6, {@code pk.yaml}) turned into a model that
 * gives a patient's parameters from covariates, and a virtual patient's parameters from
 * random effects.
 *
 * <ul>
 * <li>Renal covariate, for sets that define one:
 * {@code CL/F = CLref × ((1 − fe) + fe × CrCl/CrClref)}.</li>
 * <li>Weight, for sets that define a reference weight and exponents:
 * {@code CL ∝ (WT/WTref)^θCL}, {@code V ∝ (WT/WTref)^θV}.</li>
 * <li>Inter-individual variability: {@code P_i = P_typical × e^{η}}, {@code η ~ N(0, ω²)}
 * with {@code ω² = ln(1 + CV²)} (the exact log-normal relation for the coefficient of
 * variation in the set); η of clearance and volume independent (no correlation is
 * recorded); {@code ka} has no variability.</li>
 * </ul>
 * Only one-compartment first-order sets with absolute clearance, volume and ka are
 * supported; others are rejected with a {@link PkInputException} rather than completed
 * with invented numbers. Immutable; thread-safe.
 */
public final class ParameterSetModel {

    private final PkParameterSet set;

    private final double clearance;

    private final double volume;

    private final double ka;

    private final double clearanceOmega;

    private final double volumeOmega;

    private ParameterSetModel(PkParameterSet set) {
        this.set = set;
        this.clearance = set.clearance().orElseThrow().value();
        this.volume = set.volume().orElseThrow().value();
        this.ka = set.ka().orElseThrow().value();
        this.clearanceOmega = omega(set.iiv().clearanceCv());
        this.volumeOmega = omega(set.iiv().volumeCv());
    }

    /**
     * The model of {@code set}; fails with a message naming the set if the simulator
     * cannot model it.
     */
    public static ParameterSetModel of(PkParameterSet set) {
        Objects.requireNonNull(set, "set");
        if (set.model() == PkModel.TRANSIT_ABSORPTION) {
            throw new PkInputException("parameter set " + set.id() + " uses transit absorption, which this"
                    + " one-compartment first-order simulator does not model (the number of transit compartments"
                    + " is not recorded).");
        }
        if (set.clearance().isEmpty() || set.volume().isEmpty() || set.ka().isEmpty()) {
            throw new PkInputException("parameter set " + set.id() + " does not give an absolute clearance,"
                    + " volume and ka, which this simulator needs.");
        }
        return new ParameterSetModel(set);
    }

    private static double omega(Optional<BigDecimal> cv) {
        return cv.map(c -> StrictMath.sqrt(StrictMath.log1p(c.doubleValue() * c.doubleValue()))).orElse(0.0);
    }

    public PkParameterSet set() {
        return set;
    }

    /** True if the set scales clearance with creatinine clearance. */
    public boolean modelsRenalFunction() {
        return set.hasRenalCovariate();
    }

    /** True if the set scales clearance and volume with body weight. */
    public boolean modelsWeight() {
        return set.referenceWeight().isPresent() && set.clearanceWeightExponent().isPresent()
                && set.volumeWeightExponent().isPresent();
    }

    public Optional<Kilograms> referenceWeight() {
        return modelsWeight() ? set.referenceWeight() : Optional.empty();
    }

    public Optional<MlPerMin> referenceCrcl() {
        return set.referenceCrcl();
    }

    /**
     * Standard deviation ω of the clearance random effect; 0 when the set records no
     * variability.
     */
    public double clearanceOmega() {
        return clearanceOmega;
    }

    /**
     * Standard deviation ω of the volume random effect; 0 when the set records no
     * variability.
     */
    public double volumeOmega() {
        return volumeOmega;
    }

    /** True if the set records inter-individual variability of clearance or volume. */
    public boolean hasVariability() {
        return clearanceOmega > 0 || volumeOmega > 0;
    }

    /**
     * The typical patient with these covariates; fails if a covariate is given that the
     * set does not model.
     */
    public PkParameters typical(Covariates covariates) {
        return individual(covariates, 0, 0);
    }

    /**
     * The patient with these covariates and random effects {@code η} (0 for the typical
     * patient).
     */
    public PkParameters individual(Covariates covariates, double etaClearance, double etaVolume) {
        check(covariates);
        double wt = covariates.weight().map(Kilograms::asDouble).orElse(Double.NaN);
        double crcl = covariates.crcl().map(MlPerMin::asDouble).orElse(Double.NaN);
        return individual(wt, crcl, etaClearance, etaVolume);
    }

    /**
     * Throws a {@link PkInputException} if {@code covariates} name a covariate the set
     * does not model.
     */
    public void check(Covariates covariates) {
        if (covariates.crcl().isPresent() && !modelsRenalFunction()) {
            throw new PkInputException("parameter set " + set.id() + " has no renal covariate; creatinine"
                    + " clearance can only be applied with a set that models it (e.g. default-adult).");
        }
        if (covariates.weight().isPresent() && !modelsWeight()) {
            throw new PkInputException("parameter set " + set.id() + " has no weight covariate; body weight"
                    + " can only be applied with a set that models it (e.g. default-adult).");
        }
    }

    /**
     * Primitive form for population sampling: NaN weight or CrCl means the reference
     * value.
     */
    PkParameters individual(double weightKg, double crclMlMin, double etaClearance, double etaVolume) {
        double cl = clearance;
        double v = volume;
        if (!Double.isNaN(crclMlMin)) {
            double fe = set.fractionRenal().orElseThrow().doubleValue();
            double ref = set.referenceCrcl().orElseThrow().asDouble();
            cl *= (1 - fe) + fe * crclMlMin / ref;
        }
        if (!Double.isNaN(weightKg)) {
            double ratio = weightKg / set.referenceWeight().orElseThrow().asDouble();
            cl *= StrictMath.pow(ratio, set.clearanceWeightExponent().orElseThrow().doubleValue());
            v *= StrictMath.pow(ratio, set.volumeWeightExponent().orElseThrow().doubleValue());
        }
        if (etaClearance != 0) {
            cl *= StrictMath.exp(etaClearance);
        }
        if (etaVolume != 0) {
            v *= StrictMath.exp(etaVolume);
        }
        return PkParameters.of(cl, v, ka);
    }

    @Override
    public String toString() {
        return "ParameterSetModel[" + set.id() + "]";
    }

}
