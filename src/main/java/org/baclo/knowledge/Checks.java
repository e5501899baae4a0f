package org.baclo.knowledge;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks shared by the knowledge readers: ids, codes, times, positive numbers, text
 * facts, sign lists, unique names.
 */
final class Checks {

    private Checks() {
    }

    static final Pattern ATC = Pattern.compile("^[A-Z]\\d{2}[A-Z]{2}\\d{2}$");
    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]+$");
    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    static String id(Node n) {
        String id = n.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            n.problem("id", "'" + id + "' must be lowercase words joined by hyphens");
        }
        return id;
    }

    static String code(Node n, String field) {
        String c = n.text(field);
        if (c != null && !CODE.matcher(c).matches()) {
            n.problem(field, "'" + c + "' must be an upper-case code such as INTERACTION_OPIOID");
        }
        return c;
    }

    static LocalTime time(Node n, String field, String text) {
        try {
            return LocalTime.parse(text);
        }
        catch (DateTimeParseException | NullPointerException e) {
            n.problem(field, "'" + text + "' is not a time of day such as 08:00");
            return LocalTime.MIDNIGHT;
        }
    }

    static BigDecimal positive(BigDecimal b) {
        if (b.signum() <= 0) {
            throw new IllegalArgumentException("must be greater than 0");
        }
        return b;
    }

    static TextFact textFact(Node n, String id, String textField) {
        TextFact f = new TextFact(id, n.text(textField), n.sources(), n.confidence());
        n.finish();
        return f;
    }

    static SignList signs(Node n, String field) {
        List<String> signs = n.textList(field);
        if (signs.isEmpty()) {
            n.problem(field, "is missing: list at least one sign");
        }
        SignList s = new SignList(signs, n.textList("earlySigns"), n.textList("higherRisk"), n.optText("text"),
                n.sources(), n.confidence());
        n.finish();
        return s;
    }

    /** Detects duplicate ids or names within one list, case-insensitively. */
    static final class Unique {

        private final String field;

        private final Map<String, String> seen = new HashMap<>();

        Unique(String field) {
            this.field = field;
        }

        void check(Node n, String value) {
            if (value == null) {
                return;
            }
            String previous = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), n.entry());
            if (previous != null) {
                n.problem(field, "duplicate " + field + " '" + value + "' (already used by " + previous + ")");
            }
        }

    }

}
