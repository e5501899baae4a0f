package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A body weight in kilograms. Exact decimal; never negative, never zero. Immutable. */
public record Kilograms(BigDecimal value) implements Comparable<Kilograms> {

    public static final String SYMBOL = "kg";

    public Kilograms {
        Objects.requireNonNull(value, "Kilograms value");
        if (value.signum() < 0 || value.signum() == 0) {
            throw new IllegalArgumentException("must be greater than 0 kg; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static Kilograms of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of kg; got " + value);
        }
        return new Kilograms(BigDecimal.valueOf(value));
    }

    public static Kilograms of(String value) {
        try {
            return new Kilograms(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of kg: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(Kilograms other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(Kilograms other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Kilograms other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " kg";
    }

    @Override
    public String toString() {
        return value.toPlainString() + " kg";
    }
}
