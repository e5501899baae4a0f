package org.baclo.pk;

import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.baclo.units.Kilograms;
import org.baclo.units.MlPerMin;

/**
 * Draws virtual patients from a parameter-set model. Patient {@code i} of seed {@code s}
 * depends on {@code (s, i)} only: it has its own random stream seeded from a mix of both,
 * so any subset of patients can be drawn in any order, on any thread, with the same
 * result bit for bit (the arithmetic uses {@link StrictMath}).
 *
 * <p>
 * Per patient, in this order: {@code η_CL} and {@code η_V} (standard normal × ω; always
 * drawn, so the stream does not depend on the set), then weight and CrCl from their
 * distributions when given. Immutable; thread-safe.
 */
public final class VirtualPatients {

    /**
     * Values per patient in {@link #draw}: CL/F (L/h), V/F (L), ka (/h), weight (kg, NaN
     * = reference), CrCl.
     */
    static final int FIELDS = 5;

    private final ParameterSetModel model;

    private final Covariates covariates;

    private final Optional<CovariateDistribution> weight;

    private final Optional<CovariateDistribution> crcl;

    private final long seed;

    public VirtualPatients(ParameterSetModel model, Covariates covariates, Optional<CovariateDistribution> weight,
            Optional<CovariateDistribution> crcl, long seed) {
        this.model = Objects.requireNonNull(model, "model");
        this.covariates = Objects.requireNonNull(covariates, "covariates");
        this.weight = Objects.requireNonNull(weight, "weight");
        this.crcl = Objects.requireNonNull(crcl, "crcl");
        this.seed = seed;
        model.check(covariates);
        if (weight.isPresent() && !model.modelsWeight()) {
            throw new PkInputException("parameter set " + model.set().id() + " has no weight covariate, so a"
                    + " weight distribution cannot be applied.");
        }
        if (crcl.isPresent() && !model.modelsRenalFunction()) {
            throw new PkInputException("parameter set " + model.set().id() + " has no renal covariate, so a"
                    + " creatinine clearance distribution cannot be applied.");
        }
        if (!model.hasVariability() && !varies(weight) && !varies(crcl)) {
            throw new PkInputException("parameter set " + model.set().id() + " records no inter-individual"
                    + " variability, so every virtual patient would be the same; choose a set that records it"
                    + " (e.g. default-adult or marsot-2014).");
        }
    }

    private static boolean varies(Optional<CovariateDistribution> d) {
        return d.isPresent() && d.get().sd() > 0;
    }

    public ParameterSetModel model() {
        return model;
    }

    public long seed() {
        return seed;
    }

    /**
     * Patient {@code index}: writes {@link #FIELDS} values into {@code out} from
     * {@code offset}.
     */
    void draw(int index, double[] out, int offset) {
        SplittableRandom random = new SplittableRandom(streamSeed(seed, index));
        double etaCl = gaussian(random) * model.clearanceOmega();
        double etaV = gaussian(random) * model.volumeOmega();
        double wt = weight.map(d -> truncated(random, d))
            .orElse(covariates.weight().map(Kilograms::asDouble).orElse(Double.NaN));
        double cr = crcl.map(d -> truncated(random, d))
            .orElse(covariates.crcl().map(MlPerMin::asDouble).orElse(Double.NaN));
        PkParameters p = model.individual(wt, cr, etaCl, etaV);
        out[offset] = p.clearance().value();
        out[offset + 1] = p.volume().value();
        out[offset + 2] = p.ka().value();
        out[offset + 3] = wt;
        out[offset + 4] = cr;
    }

    /**
     * A well-mixed 64-bit seed for patient {@code index} (SplitMix64 finaliser over seed
     * and index).
     */
    static long streamSeed(long seed, long index) {
        return mix(mix(seed) + (index + 1) * 0x9E3779B97F4A7C15L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Standard normal by Marsaglia's polar method, with {@link StrictMath} for
     * platform-independent bits.
     */
    static double gaussian(SplittableRandom random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            }
        }
    }

    private static double truncated(SplittableRandom random, CovariateDistribution d) {
        if (d.sd() == 0) {
            return d.mean();
        }
        while (true) {
            double x = d.mean() + d.sd() * gaussian(random);
            if (x >= d.min() && x <= d.max()) {
                return x;
            }
        }
    }

}
