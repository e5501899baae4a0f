package org.baclo.pk;

import java.util.Objects;
import java.util.Optional;
import org.baclo.units.Kilograms;
import org.baclo.units.MlPerMin;

/**
 * A patient's covariates for the parameter-set models: body weight and creatinine
 * clearance. An absent value means "the reference value of the parameter set". Immutable.
 */
public record Covariates(Optional<Kilograms> weight, Optional<MlPerMin> crcl) {
    /** No covariates given: the parameter set's reference patient. */
    public static final Covariates REFERENCE = new Covariates(Optional.empty(), Optional.empty());

    public Covariates {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(crcl, "crcl");
    }

    public static Covariates of(Kilograms weight, MlPerMin crcl) {
        return new Covariates(Optional.ofNullable(weight), Optional.ofNullable(crcl));
    }

    public boolean isReference() {
        return weight.isEmpty() && crcl.isEmpty();
    }
}
