package org.baclo.units;

/**
 * An exposure (area under the concentration–time curve) in ng·h/mL. Never negative,
 * always finite.
 */
public record NgHourPerMl(double value) implements Comparable<NgHourPerMl> {

    public static final String SYMBOL = "ng·h/mL";

    public NgHourPerMl {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("must be a finite, non-negative number of ng·h/mL; got " + value);
        }
    }

    @Override
    public int compareTo(NgHourPerMl other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " ng·h/mL";
    }
}
