package org.baclo.units;

/**
 * A volume of distribution in litres (pharmacokinetics). Never negative, always finite.
 */
public record Litres(double value) implements Comparable<Litres> {

    public static final String SYMBOL = "L";

    public Litres {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("must be a finite, non-negative number of L; got " + value);
        }
    }

    @Override
    public int compareTo(Litres other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " L";
    }
}
