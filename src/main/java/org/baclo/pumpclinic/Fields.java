package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.util.List;
import org.baclo.app.FieldProblem;

/** Field checks of the pump forms: each problem names the field. */
final class Fields {

    private Fields() {
    }

    /**
     * A required number above {@code above} and at most {@code max}, with at most 2
     * decimals; null (and a problem) otherwise.
     */
    static BigDecimal number(BigDecimal v, String field, BigDecimal above, BigDecimal max, String unit,
            List<FieldProblem> problems) {
        if (v == null) {
            problems.add(new FieldProblem(field, "is required (" + unit + ")"));
            return null;
        }
        if (v.compareTo(above) <= 0 || v.compareTo(max) > 0) {
            problems.add(new FieldProblem(field,
                    "must be above " + above.toPlainString() + " and at most " + max.toPlainString() + " " + unit));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "at most 2 decimals"));
            return null;
        }
        return v;
    }

    static String text(String v, String field, int max, boolean required, List<FieldProblem> problems) {
        if (v == null || v.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        if (v.length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters"));
            return null;
        }
        return v.trim();
    }

}
