package org.baclo.regimen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.baclo.knowledge.OralForm;
import org.baclo.units.Milligrams;

/**
 * A dose as tablets (whole or halves of scored strengths) or granule packets (whole
 * only), by strength.
 */
public record SolidAmount(String productId, OralForm form, List<Pieces> pieces) implements ProductAmount {
    public SolidAmount {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(form, "form");
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty() || form.isLiquid()) {
            throw new IllegalArgumentException("a solid amount needs pieces of a tablet or granule product");
        }
    }

    @Override
    public Milligrams mg() {
        return pieces.stream().map(Pieces::mg).reduce(Milligrams.ZERO, Milligrams::plus);
    }

    @Override
    public BigDecimal amount() {
        return pieces.stream().map(Pieces::units).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    @Override
    public String unit() {
        return form == OralForm.GRANULES ? "packet" : "tablet";
    }

    @Override
    public String text() {
        return pieces.stream().map(p -> {
            boolean plural = p.units().compareTo(BigDecimal.ONE) > 0;
            return p.countText() + " " + unit() + (plural ? "s" : "") + " of " + p.strength();
        }).collect(Collectors.joining(" + "));
    }
}
