package org.baclo.units;

/** A clearance in litres per hour (pharmacokinetics). Never negative, always finite. */
public record LitresPerHour(double value) implements Comparable<LitresPerHour> {

    public static final String SYMBOL = "L/h";

    public LitresPerHour {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("must be a finite, non-negative number of L/h; got " + value);
        }
    }

    @Override
    public int compareTo(LitresPerHour other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " L/h";
    }
}
