package org.baclo.units;

/** A duration in hours (pharmacokinetics). Never negative, always finite. */
public record Hours(double value) implements Comparable<Hours> {

    public static final String SYMBOL = "h";

    public Hours {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("must be a finite, non-negative number of h; got " + value);
        }
    }

    @Override
    public int compareTo(Hours other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " h";
    }
}
