package org.baclo.units;

/** A plasma concentration in nanograms per millilitre. Never negative, always finite. */
public record NgPerMl(double value) implements Comparable<NgPerMl> {

    public static final String SYMBOL = "ng/mL";

    public NgPerMl {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("must be a finite, non-negative number of ng/mL; got " + value);
        }
    }

    @Override
    public int compareTo(NgPerMl other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " ng/mL";
    }
}
