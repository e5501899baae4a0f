package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A clearance (e.g. creatinine clearance) in millilitres per minute. Exact decimal; never
 * negative. Immutable.
 */
public record MlPerMin(BigDecimal value) implements Comparable<MlPerMin> {

    public static final String SYMBOL = "mL/min";

    public MlPerMin {
        Objects.requireNonNull(value, "MlPerMin value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative mL/min; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static MlPerMin of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of mL/min; got " + value);
        }
        return new MlPerMin(BigDecimal.valueOf(value));
    }

    public static MlPerMin of(String value) {
        try {
            return new MlPerMin(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mL/min: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(MlPerMin other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(MlPerMin other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(MlPerMin other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mL/min";
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mL/min";
    }
}
