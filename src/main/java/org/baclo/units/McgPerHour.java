package org.baclo.units;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * An intrathecal infusion rate in micrograms per hour (a flexed pump period). Exact
 * decimal; never negative.
 */
public record McgPerHour(BigDecimal value) {

    public static final String SYMBOL = "mcg/h";

    public McgPerHour {
        Objects.requireNonNull(value, "McgPerHour value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative mcg/h; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** The amount delivered over {@code duration}. */
    public Micrograms over(Duration duration) {
        return new Micrograms(value.multiply(BigDecimal.valueOf(duration.toMinutes()))
            .divide(BigDecimal.valueOf(60), 6, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mcg/h";
    }
}
