package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A pump's delivery in millilitres per day. Exact decimal; never negative. Immutable. */
public record MlPerDay(BigDecimal value) implements Comparable<MlPerDay> {

    public static final String SYMBOL = "mL/day";

    public MlPerDay {
        Objects.requireNonNull(value, "MlPerDay value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative mL/day; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** The volume delivered over {@code days} (fractional days allowed). */
    public Millilitres over(BigDecimal days) {
        return new Millilitres(value.multiply(days).setScale(4, RoundingMode.HALF_UP));
    }

    /** Days until {@code volume} is delivered, to 4 decimals. */
    public BigDecimal daysFor(Millilitres volume) {
        return volume.value().divide(value, 4, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(MlPerDay other) {
        return value.compareTo(other.value);
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mL/day";
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mL/day";
    }
}
