package org.baclo.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Rounding of computed numbers for display: model outputs carry no more digits than are
 * meaningful.
 */
final class Numbers {

    private Numbers() {
    }

    /** {@code v} rounded to {@code digits} significant digits, as a double (for JSON). */
    static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    /** An exact decimal without exponent notation in JSON (70, not 7E+1). */
    static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /**
     * {@code v} with {@code digits} significant digits in plain notation, e.g. "169.3",
     * "5596", "0.2411".
     */
    static String text(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

}
