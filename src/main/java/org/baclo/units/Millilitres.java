package org.baclo.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A volume in millilitres. Exact decimal; never negative. Immutable. */
public record Millilitres(BigDecimal value) implements Comparable<Millilitres> {

    public static final String SYMBOL = "mL";

    public Millilitres {
        Objects.requireNonNull(value, "Millilitres value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("must not be negative mL; got " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public static Millilitres of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("must be a finite number of mL; got " + value);
        }
        return new Millilitres(BigDecimal.valueOf(value));
    }

    public static Millilitres of(String value) {
        try {
            return new Millilitres(new BigDecimal(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of mL: '" + value + "'");
        }
    }

    public double asDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(Millilitres other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(Millilitres other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Millilitres other) {
        return compareTo(other) < 0;
    }

    /** Rounded to {@code scale} decimals, half-up, for display. */
    public String format(int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString() + " mL";
    }

    public Millilitres plus(Millilitres other) {
        return new Millilitres(value.add(other.value));
    }

    /** The oral amount held in this volume of a liquid of {@code concentration}. */
    public Milligrams amountAt(MgPerMl concentration) {
        return new Milligrams(value.multiply(concentration.value()));
    }

    /**
     * The intrathecal amount held in this volume of a solution of {@code concentration}.
     */
    public Micrograms amountAt(McgPerMl concentration) {
        return new Micrograms(value.multiply(concentration.value()));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " mL";
    }
}
