package org.baclo.knowledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.baclo.units.Hours;
import org.baclo.units.Kilograms;
import org.baclo.units.Litres;
import org.baclo.units.LitresPerHour;
import org.baclo.units.MlPerMin;
import org.baclo.units.PerHour;

/**
 * A published or default parameter set. Absolute sets give clearance and volume; per-kg
 * sets give them per kilogram. Covariate fields are present only in sets that define
 * them.
 */
public record PkParameterSet(String id, String name, String population, PkModel model,
        Optional<LitresPerHour> clearance, Optional<Litres> volume, Optional<PerHour> ka,
        Optional<BigDecimal> clearanceLPerHPerKg, Optional<BigDecimal> volumeLPerKg, Optional<Hours> meanTransitTime,
        Optional<Kilograms> referenceWeight, Optional<MlPerMin> referenceCrcl, Optional<BigDecimal> fractionRenal,
        Optional<BigDecimal> clearanceWeightExponent, Optional<BigDecimal> volumeWeightExponent, Variability iiv,
        Optional<String> note, List<String> source, Confidence confidence) implements Sourced {

    /**
     * True for sets with a renal covariate (fraction excreted renally and a reference
     * CrCl).
     */
    public boolean hasRenalCovariate() {
        return fractionRenal.isPresent() && referenceCrcl.isPresent();
    }
}
