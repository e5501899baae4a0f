package org.baclo.knowledge;

import java.math.BigDecimal;

/** A closed range of numbers in one unit, such as "10–63%" or "300–800 mcg/day". */
public record Range(BigDecimal min, BigDecimal max, String unit) {
    public Range {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "range minimum " + min.toPlainString() + " is above its maximum " + max.toPlainString());
        }
    }

    @Override
    public String toString() {
        String u = unit.equals("%") ? "%" : " " + unit;
        return min.toPlainString() + "–" + max.toPlainString() + u;
    }
}
