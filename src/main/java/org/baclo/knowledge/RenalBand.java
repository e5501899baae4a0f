package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;

/**
 * One creatinine-clearance band, half-open: {@code min <= CrCl < max} (no max: open
 * above). Start dose, frequency and cap are present when the band changes the label
 * schedule. {@code severityWithOverride}: the band's finding severity when a clinician
 * override is given (SEVERE: CRITICAL unless overridden, BACLOFEN.md §5 [AJKD-2017]).
 */
public record RenalBand(RenalBandName band, MlPerMin min, Optional<MlPerMin> max, String reduction,
        Optional<Milligrams> startDose, Optional<Frequency> startFrequency, Optional<Milligrams> cap, Severity severity,
        boolean slowTitration, Optional<String> advice, List<String> source, Confidence confidence,
        Optional<Severity> severityWithOverride) implements Sourced {

    /**
     * The finding severity: {@code severityWithOverride} (when set) if a clinician gave
     * an override.
     */
    public Severity severity(boolean overridden) {
        return overridden ? severityWithOverride.orElse(severity) : severity;
    }

    public boolean contains(MlPerMin crcl) {
        return crcl.compareTo(min) >= 0 && max.map(m -> crcl.compareTo(m) < 0).orElse(true);
    }

    /** "30–49 mL/min" style label. */
    public String rangeText() {
        return max.map(m -> min.value().toPlainString() + " to under " + m.value().toPlainString() + " mL/min")
            .orElse(min.value().toPlainString() + " mL/min or more");
    }
}
