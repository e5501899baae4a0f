package org.baclo.regimen;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.baclo.units.MgPerMl;
import org.baclo.units.Milligrams;

/**
 * What to prescribe of one product strength for a whole plan.
 *
 * @param strength the unit strength of tablets or packets; empty for a liquid
 * @param concentration the concentration of a liquid; empty for tablets and packets
 * @param quantity whole tablets (halves from one tablet serve two doses; an odd half
 * rounds up), packets, or mL
 * @param totalMg the baclofen the plan's doses take from this line, exactly (the sum of
 * those doses)
 */
public record DispenseLine(String productId, Optional<Milligrams> strength, Optional<MgPerMl> concentration,
        BigDecimal quantity, String unit, Milligrams totalMg) {
    public DispenseLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(totalMg, "totalMg");
        quantity = quantity.stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
    }

    /** "23 tablets of 5 mg", "157.5 mL of 1 mg/mL". */
    public String text() {
        String what = strength.map(s -> " of " + s).orElse("") + concentration.map(c -> " of " + c).orElse("");
        boolean plural = !unit.equals("mL") && quantity.compareTo(BigDecimal.ONE) != 0;
        return quantity.toPlainString() + " " + unit + (plural ? "s" : "") + what;
    }
}
