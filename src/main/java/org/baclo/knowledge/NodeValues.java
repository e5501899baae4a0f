package org.baclo.knowledge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the written values a {@link Node} reads (ranges, durations); problems are
 * reported on the node.
 */
final class NodeValues {

    static final Pattern QUANTITY = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*(\\S.*?)?\\s*$");

    private static final Pattern RANGE = Pattern
        .compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*[–-]\\s*(-?\\d+(?:\\.\\d+)?)\\s*(\\S.*?)?\\s*$");

    private static final Set<String> DAY_UNITS = Set.of("day", "days");

    private static final Set<String> HOUR_UNITS = Set.of("h");

    private static final Set<String> MINUTE_UNITS = Set.of("min");

    private NodeValues() {
    }

    /**
     * A range such as "10–63%" or "4–8 h"; null (with a problem) when it is not one in
     * the unit.
     */
    static Range range(Node n, String field, Object v, String unit) {
        Matcher m = RANGE.matcher(String.valueOf(v));
        if (!m.matches()) {
            n.problem(field, "'" + v + "' is not a range such as '1–2 " + unit + "'");
            return null;
        }
        String found = m.group(3) == null ? "" : m.group(3);
        if (found.isEmpty() && !unit.isEmpty()) {
            n.problem(field, "unit missing: write '" + v + " " + unit + "'");
            return null;
        }
        if (!found.equals(unit)) {
            n.problem(field, "wrong unit '" + m.group(3) + "' in '" + v + "'; expected " + unit);
            return null;
        }
        BigDecimal lo = new BigDecimal(m.group(1));
        BigDecimal hi = new BigDecimal(m.group(2));
        if (lo.signum() < 0 || lo.compareTo(hi) > 0) {
            n.problem(field, "impossible range '" + v + "': the minimum must be 0 or more and not above the maximum");
            return null;
        }
        if (unit.equals("%") && hi.compareTo(BigDecimal.valueOf(100)) > 0) {
            n.problem(field, "impossible percentage '" + v + "': above 100%");
            return null;
        }
        return new Range(lo, hi, unit);
    }

    /** A duration in days, hours or minutes; null (with a problem) when it is not one. */
    static Duration duration(Node node, String field, Object v) {
        Matcher m = QUANTITY.matcher(String.valueOf(v));
        if (v instanceof Number || !m.matches() || m.group(2) == null) {
            node.problem(field, "unit missing in '" + v + "': write days, h or min, e.g. '3 days'");
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        if (n.signum() <= 0) {
            node.problem(field, "impossible duration '" + v + "': must be greater than 0");
            return null;
        }
        String u = m.group(2);
        long minutes;
        if (DAY_UNITS.contains(u)) {
            minutes = n.multiply(BigDecimal.valueOf(24 * 60)).longValue();
        }
        else if (HOUR_UNITS.contains(u)) {
            minutes = n.multiply(BigDecimal.valueOf(60)).longValue();
        }
        else if (MINUTE_UNITS.contains(u)) {
            minutes = n.longValue();
        }
        else {
            node.problem(field, "wrong unit '" + u + "' in '" + v + "'; expected days, h or min");
            return null;
        }
        return Duration.ofMinutes(minutes);
    }

}
