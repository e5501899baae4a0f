package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A body height in centimetres. Exact decimal; never negative, never zero. Immutable. */
public record Centimetres(BigDecimal value) implements Comparable<Centimetres> {

    public static final String SYMBOL = "cm";

    private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");

    public Centimetres {
        Objects.requireNonNull(value, "Centimetres value");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("must be greater than 0 cm; got " + value.toPlainString());
        }
        value = value.stripTrailingZeros();
    }

    public static Centimetres of(double value) {
        return new Centimetres(BigDecimal.valueOf(value));
    }

    /** The height in inches (exact: 1 inch = 2.54 cm), to 4 decimals. */
    public BigDecimal inches() {
        return value.divide(CM_PER_INCH, 4, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Centimetres other) {
        return value.compareTo(other.value);
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " cm";
    }

    @Override
    public String toString() {
        return value.toPlainString() + " cm";
    }
}
