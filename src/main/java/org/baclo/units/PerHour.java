package org.baclo.units;

/**
 * A first-order rate constant per hour (pharmacokinetics). Never negative, always finite.
 */
public record PerHour(double value) implements Comparable<PerHour> {

    public static final String SYMBOL = "/h";

    public PerHour {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("must be a finite, non-negative number of /h; got " + value);
        }
    }

    @Override
    public int compareTo(PerHour other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " /h";
    }
}
