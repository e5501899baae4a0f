package org.baclo.regimen;

import java.math.BigDecimal;
import java.util.Objects;
import org.baclo.units.MgPerMl;
import org.baclo.units.Milligrams;
import org.baclo.units.Millilitres;

/**
 * A dose as a volume of an oral solution or suspension. Always shown with its
 * concentration: liquid strengths differ five-fold (BACLOFEN.md §2, [LBL-OZO, LBL-FLQ,
 * OPENFDA]).
 */
public record LiquidAmount(String productId, Millilitres volume, MgPerMl concentration) implements ProductAmount {
    public LiquidAmount {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(concentration, "concentration");
    }

    @Override
    public Milligrams mg() {
        return volume.amountAt(concentration);
    }

    @Override
    public BigDecimal amount() {
        return volume.value();
    }

    @Override
    public String unit() {
        return "mL";
    }

    @Override
    public String text() {
        return volume + " of " + concentration;
    }
}
