package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An intrathecal concentration in micrograms per millilitre. Exact decimal; never
 * negative, never zero. Immutable.
 */
public record McgPerMl(BigDecimal value) implements Comparable<McgPerMl> {

    public static final String SYMBOL = "mcg/mL";

    public McgPerMl {
        Objects.requireNonNull(value, "McgPerMl value");
        if (value.signum() < 0 || value.signum() == 0) {
            throw new IllegalArgumentException("must be greater than 0 mcg/mL; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static McgPerMl of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of mcg/mL; got " + value);
        }
        return new McgPerMl(BigDecimal.valueOf(value));
    }

    public static McgPerMl of(String value) {
        try {
            return new McgPerMl(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mcg/mL: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(McgPerMl other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(McgPerMl other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(McgPerMl other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mcg/mL";
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mcg/mL";
    }
}
