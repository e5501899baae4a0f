package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An oral baclofen amount in milligrams. Exact decimal; never negative. Immutable. */
public record Milligrams(BigDecimal value) implements Comparable<Milligrams> {

    public static final String SYMBOL = "mg";

    public Milligrams {
        Objects.requireNonNull(value, "Milligrams value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative mg; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static Milligrams of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of mg; got " + value);
        }
        return new Milligrams(BigDecimal.valueOf(value));
    }

    public static Milligrams of(String value) {
        try {
            return new Milligrams(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mg: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(Milligrams other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(Milligrams other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Milligrams other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mg";
    }

    public static final Milligrams ZERO = new Milligrams(BigDecimal.ZERO);

    public Milligrams plus(Milligrams other) {
        return new Milligrams(value.add(other.value));
    }

    /** Difference; fails if {@code other} is larger (amounts are never negative). */
    public Milligrams minus(Milligrams other) {
        return new Milligrams(value.subtract(other.value));
    }

    public Milligrams times(int factor) {
        return new Milligrams(value.multiply(BigDecimal.valueOf(factor)));
    }

    public Milligrams times(BigDecimal factor) {
        return new Milligrams(value.multiply(factor));
    }

    /** Exact division into {@code parts}; rounds half-up to 4 decimals when not exact. */
    public Milligrams dividedBy(int parts) {
        return new Milligrams(value.divide(BigDecimal.valueOf(parts), 4, RoundingMode.HALF_UP));
    }

    /** The volume of a liquid of {@code concentration} that holds this amount. */
    public Millilitres volumeAt(MgPerMl concentration) {
        return new Millilitres(value.divide(concentration.value(), 4, RoundingMode.HALF_UP));
    }

    public static Milligrams max(Milligrams a, Milligrams b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Milligrams min(Milligrams a, Milligrams b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mg";
    }
}
