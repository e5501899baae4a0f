package org.baclo.regimen;

import java.util.Objects;
import java.util.Optional;
import org.baclo.units.MgPerDl;
import org.baclo.units.UmolPerL;

/**
 * A serum creatinine in mg/dL, as Cockcroft–Gault uses it; {@code entered} keeps a value
 * typed in µmol/L so that reports show what the user gave.
 */
public record SerumCreatinine(MgPerDl mgPerDl, Optional<UmolPerL> entered) implements RenalInput {
    public SerumCreatinine {
        Objects.requireNonNull(mgPerDl, "mgPerDl");
        Objects.requireNonNull(entered, "entered");
    }

    public static SerumCreatinine ofMgPerDl(MgPerDl value) {
        return new SerumCreatinine(value, Optional.empty());
    }

    /** Converted with ÷ 88.4 [CG-1976]. */
    public static SerumCreatinine ofUmolPerL(UmolPerL value) {
        return new SerumCreatinine(value.toMgPerDl(), Optional.of(value));
    }
}
