package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A serum creatinine concentration in milligrams per decilitre. Exact decimal; never
 * negative, never zero. Immutable.
 */
public record MgPerDl(BigDecimal value) implements Comparable<MgPerDl> {

    public static final String SYMBOL = "mg/dL";

    public MgPerDl {
        Objects.requireNonNull(value, "MgPerDl value");
        if (value.signum() < 0 || value.signum() == 0) {
            throw new IllegalArgumentException("must be greater than 0 mg/dL; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static MgPerDl of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of mg/dL; got " + value);
        }
        return new MgPerDl(BigDecimal.valueOf(value));
    }

    public static MgPerDl of(String value) {
        try {
            return new MgPerDl(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mg/dL: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(MgPerDl other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(MgPerDl other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(MgPerDl other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mg/dL";
    }

    public UmolPerL toUmolPerL() {
        return new UmolPerL(value.multiply(UmolPerL.UMOL_PER_L_PER_MG_DL));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mg/dL";
    }
}
