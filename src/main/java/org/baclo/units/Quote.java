package org.baclo.units;

import java.math.BigDecimal;

/**
 * A bad value as an error message may quote it: at most {@value #MAX} characters, so a
 * hostile input (a number such as {@code 1e100000000}, a megabyte of text) is never
 * echoed back or expanded.
 */
public final class Quote {

    /** The longest quoted value. */
    public static final int MAX = 40;

    private Quote() {
    }

    /** The text, cut to {@value #MAX} characters with an ellipsis when longer. */
    public static String value(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }

    /**
     * The number in plain notation when that is short (80, 0.0000001), otherwise in
     * exponent notation ({@code 1E+100000000}): {@link BigDecimal#toPlainString()} of
     * such a number would be 100 MB.
     */
    public static String number(BigDecimal v) {
        if (v == null) {
            return "null";
        }
        int digitsLeft = v.precision() - v.scale();
        boolean shortPlain = v.scale() >= -MAX && v.scale() <= MAX && digitsLeft <= MAX;
        return value(shortPlain ? v.toPlainString() : v.toString());
    }

}
