package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An oral liquid concentration in milligrams per millilitre. Exact decimal; never
 * negative, never zero. Immutable.
 */
public record MgPerMl(BigDecimal value) implements Comparable<MgPerMl> {

    public static final String SYMBOL = "mg/mL";

    public MgPerMl {
        Objects.requireNonNull(value, "MgPerMl value");
        if (value.signum() < 0 || value.signum() == 0) {
            throw new IllegalArgumentException("must be greater than 0 mg/mL; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static MgPerMl of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of mg/mL; got " + value);
        }
        return new MgPerMl(BigDecimal.valueOf(value));
    }

    public static MgPerMl of(String value) {
        try {
            return new MgPerMl(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mg/mL: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(MgPerMl other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(MgPerMl other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(MgPerMl other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mg/mL";
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mg/mL";
    }
}
