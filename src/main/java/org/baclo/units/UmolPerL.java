package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A serum creatinine concentration in micromoles per litre. Exact decimal; never
 * negative, never zero. Immutable.
 */
public record UmolPerL(BigDecimal value) implements Comparable<UmolPerL> {

    public static final String SYMBOL = "µmol/L";

    public UmolPerL {
        Objects.requireNonNull(value, "UmolPerL value");
        if (value.signum() < 0 || value.signum() == 0) {
            throw new IllegalArgumentException("must be greater than 0 µmol/L; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static UmolPerL of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of µmol/L; got " + value);
        }
        return new UmolPerL(BigDecimal.valueOf(value));
    }

    public static UmolPerL of(String value) {
        try {
            return new UmolPerL(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of µmol/L: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(UmolPerL other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(UmolPerL other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(UmolPerL other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " µmol/L";
    }

    /**
     * 1 mg/dL of creatinine is 88.4 µmol/L (molar mass 113.12 g/mol) — a unit conversion,
     * the one Cockcroft–Gault users apply [CG-1976].
     */
    static final BigDecimal UMOL_PER_L_PER_MG_DL = new BigDecimal("88.4");

    public MgPerDl toMgPerDl() {
        return new MgPerDl(value.divide(UMOL_PER_L_PER_MG_DL, 6, RoundingMode.HALF_UP));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " µmol/L";
    }
}
