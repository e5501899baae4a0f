package org.baclo.diaryfile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON item being read, with the problems found so far (each with its
 * JSON path).
 */
final class Fields {

    private static final int QUOTE = 40;

    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00Z");

    private static final OffsetDateTime LATEST = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    final List<DiaryReader.Problem> problems = new ArrayList<>();

    private final JsonNode node;

    private final String path;

    private Optional<String> id;

    Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
        if (!ok()) {
            problems.add(new DiaryReader.Problem(path, "must be an object"));
        }
    }

    boolean ok() {
        return node != null && node.isObject();
    }

    void problem(String field, String message) {
        problems.add(new DiaryReader.Problem(path + "." + field, message));
    }

    boolean has(String field) {
        return ok() && node.has(field) && !node.get(field).isNull();
    }

    /** Unknown fields are problems (a typo must not drop a value silently). */
    void allow(String... names) {
        if (!ok()) {
            return;
        }
        Set<String> allowed = Set.of(names);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(new DiaryReader.Problem(path + "." + quote(name),
                        "unknown field; allowed: " + String.join(", ", names)));
            }
        }
    }

    /** The client's id: required, 1–64 characters. Read once. */
    Optional<String> id() {
        if (id == null) {
            String s = ok() ? text("id", DiaryReader.MAX_ID) : null;
            id = Optional.ofNullable(s);
        }
        return id;
    }

    String text(String field, int max) {
        if (!has(field)) {
            problem(field, "is required");
            return null;
        }
        return checkText(field, max);
    }

    Optional<String> optText(String field, int max) {
        return has(field) ? Optional.ofNullable(checkText(field, max)) : Optional.empty();
    }

    private String checkText(String field, int max) {
        JsonNode v = node.get(field);
        if (!v.isString()) {
            problem(field, "must be a text");
            return null;
        }
        String s = v.stringValue();
        if (s.isBlank()) {
            problem(field, "must not be empty");
            return null;
        }
        if (s.length() > max) {
            problem(field, "at most " + max + " characters; found " + s.length());
            return null;
        }
        return s;
    }

    /** A time with its offset, e.g. 2026-12-03T08:05:00+01:00, between 2000 and 2100. */
    OffsetDateTime time(String field) {
        String s = text(field, 40);
        if (s == null) {
            return null;
        }
        try {
            OffsetDateTime t = DiaryReader.parseTime(s);
            if (t.isBefore(EARLIEST) || !t.isBefore(LATEST)) {
                problem(field, "'" + s + "' is not a plausible time (2000–2099)");
                return null;
            }
            return t;
        }
        catch (DateTimeParseException e) {
            problem(field, "'" + quote(s) + "' is not a time with its offset, e.g. 2026-12-03T08:05:00+01:00");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String allowed) {
        String s = text(field, 40);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(s)) {
                return e;
            }
        }
        problem(field, "'" + quote(s) + "' is not allowed; use " + allowed);
        return null;
    }

    Integer integer(String field, int min, int max) {
        if (!has(field)) {
            problem(field, "is required");
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isNumber()) {
            problem(field, "must be a number");
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(field, "must be from " + min + " to " + max + "; found " + quote(d.toString()));
            return null;
        }
        if (d.stripTrailingZeros().scale() > 0) {
            problem(field, "must be a whole number; found " + quote(d.toString()));
            return null;
        }
        return d.intValueExact();
    }

    /** A number above {@code above} and at most {@code max}. */
    Optional<BigDecimal> optNumber(String field, BigDecimal above, BigDecimal max, boolean required) {
        if (!has(field)) {
            if (required) {
                problem(field, "is required");
            }
            return Optional.empty();
        }
        JsonNode v = node.get(field);
        if (!v.isNumber()) {
            problem(field, "must be a number");
            return Optional.empty();
        }
        BigDecimal d = v.decimalValue();
        if (d.compareTo(above) <= 0 || d.compareTo(max) > 0) {
            problem(field, "must be above " + above.toPlainString() + " and at most " + max.toPlainString() + "; found "
                    + quote(d.toString()));
            return Optional.empty();
        }
        if (d.stripTrailingZeros().scale() > 3) {
            problem(field, "at most 3 decimals; found " + quote(d.toString()));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /**
     * Builds the value when no problem was found; a rule of the value's own type becomes
     * a problem.
     */
    <T> T build(Supplier<T> make) {
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return make.get();
        }
        catch (IllegalArgumentException e) {
            String m = e.getMessage();
            int colon = m.indexOf(": ");
            if (colon > 0 && colon < 30 && !m.substring(0, colon).contains(" ")) {
                problem(m.substring(0, colon), m.substring(colon + 2));
            }
            else {
                problems.add(new DiaryReader.Problem(path, m));
            }
            return null;
        }
    }

    static String quote(String s) {
        return s.length() <= QUOTE ? s : s.substring(0, QUOTE) + "…";
    }

}
