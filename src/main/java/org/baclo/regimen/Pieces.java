package org.baclo.regimen;

import java.math.BigDecimal;
import java.util.Objects;
import org.baclo.units.Milligrams;

/** Whole units and halves of one strength, e.g. 1 whole and 1 half of a 5 mg tablet. */
public record Pieces(Milligrams strength, int whole, int halves) {
    public Pieces {
        Objects.requireNonNull(strength, "strength");
        if (whole < 0 || halves < 0 || whole + halves == 0) {
            throw new IllegalArgumentException(
                    "pieces need at least one whole or half unit; got " + whole + " whole, " + halves + " halves");
        }
    }

    /** Units of this strength, a half counting 0.5. */
    public BigDecimal units() {
        return BigDecimal.valueOf(whole).add(BigDecimal.valueOf(halves).multiply(new BigDecimal("0.5")));
    }

    public Milligrams mg() {
        return strength.times(units());
    }

    /** "1", "½", "1½", "2". */
    public String countText() {
        int wholeFromHalves = halves / 2;
        int w = whole + wholeFromHalves;
        boolean half = halves % 2 == 1;
        return (w == 0 ? "" : String.valueOf(w)) + (half ? "½" : "");
    }
}
