package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An intrathecal daily dose in micrograms per day (never mg/day: a 1000× error). Exact
 * decimal; never negative.
 */
public record McgPerDay(BigDecimal value) implements Comparable<McgPerDay> {

    public static final String SYMBOL = "mcg/day";

    public McgPerDay {
        Objects.requireNonNull(value, "McgPerDay value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative mcg/day; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static McgPerDay of(String value) {
        try {
            return new McgPerDay(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mcg/day: '" + value + "'");
        }
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * The daily volume of a solution of {@code concentration} that delivers this dose.
     */
    public MlPerDay volumeAt(McgPerMl concentration) {
        return new MlPerDay(value.divide(concentration.value(), 6, RoundingMode.HALF_UP));
    }

    public McgPerDay plus(McgPerDay other) {
        return new McgPerDay(value.add(other.value));
    }

    @Override
    public int compareTo(McgPerDay other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(McgPerDay other) {
        return compareTo(other) > 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mcg/day";
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mcg/day";
    }
}
