package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An intrathecal baclofen amount in micrograms (never mixed with mg: a 1000x error).
 * Exact decimal; never negative. Immutable.
 */
public record Micrograms(BigDecimal value) implements Comparable<Micrograms> {

    public static final String SYMBOL = "mcg";

    public Micrograms {
        Objects.requireNonNull(value, "Micrograms value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative mcg; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static Micrograms of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of mcg; got " + value);
        }
        return new Micrograms(BigDecimal.valueOf(value));
    }

    public static Micrograms of(String value) {
        try {
            return new Micrograms(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mcg: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(Micrograms other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(Micrograms other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Micrograms other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mcg";
    }

    public Micrograms plus(Micrograms other) {
        return new Micrograms(value.add(other.value));
    }

    /**
     * The volume of an intrathecal solution of {@code concentration} that holds this
     * amount.
     */
    public Millilitres volumeAt(McgPerMl concentration) {
        return new Millilitres(value.divide(concentration.value(), 4, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mcg";
    }
}
