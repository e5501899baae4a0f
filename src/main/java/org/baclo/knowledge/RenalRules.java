package org.baclo.knowledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.baclo.units.MlPerMin;

/**
 * Renal excretion, the Cockcroft–Gault constants (with the formula's source,
 * {@code formulaSource}), the CrCl bands and dialysis (BACLOFEN.md §5).
 */
public record RenalRules(String excretion, String formula, BigDecimal femaleFactor, BigDecimal ageOffset,
        BigDecimal creatinineDivisor, String toxicity, List<String> toxicitySource, List<RenalBand> bands,
        DialysisRule dialysis, SlowTitration slowTitration, List<String> formulaSource) {
    public RenalRules {
        bands = List.copyOf(bands);
        formulaSource = List.copyOf(formulaSource);
    }

    /**
     * The band holding {@code crcl}; the bands cover every value (the validator checks
     * it).
     */
    public RenalBand bandFor(MlPerMin crcl) {
        return bands.stream()
            .filter(b -> b.contains(crcl))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no renal band holds " + crcl));
    }

    public Optional<RenalBand> band(RenalBandName name) {
        return bands.stream().filter(b -> b.band() == name).findFirst();
    }
}
