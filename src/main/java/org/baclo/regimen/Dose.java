package org.baclo.regimen;

import java.time.LocalTime;
import java.util.Objects;
import org.baclo.units.Milligrams;

/**
 * One dose at a local time of day (in the regimen's time zone), as an amount of the
 * product.
 */
public record Dose(LocalTime time, ProductAmount amount) {
    public Dose {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(amount, "amount");
    }

    public Milligrams mg() {
        return amount.mg();
    }
}
