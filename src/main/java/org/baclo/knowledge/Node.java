package org.baclo.knowledge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * One mapping of a knowledge file being read, with its location (file, entry) for
 * messages. Reading a field that is missing or malformed records a
 * {@link KnowledgeProblem} and returns a placeholder (null, empty); the loader throws
 * once the whole base has been read, so placeholders never escape. Not thread-safe.
 */
final class Node {

    private final String file;

    private final String entry;

    private final String prefix;

    private final Map<?, ?> map;

    private final Problems problems;

    private final Set<String> read = new LinkedHashSet<>();

    Node(String file, String entry, String prefix, Map<?, ?> map, Problems problems) {
        this.file = file;
        this.entry = entry;
        this.prefix = prefix;
        this.map = map;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    String entry() {
        return entry;
    }

    Problems problems() {
        return problems;
    }

    void problem(String field, String message) {
        problems.add(new KnowledgeProblem(file, entry, prefix + field, message));
    }

    boolean has(String field) {
        return map.get(field) != null;
    }

    private Object raw(String field) {
        read.add(field);
        return map.get(field);
    }

    private Object required(String field) {
        Object v = raw(field);
        if (v == null) {
            problem(field, "is missing");
        }
        return v;
    }

    // ---- text
    // ------------------------------------------------------------------------------------------

    String text(String field) {
        Object v = required(field);
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).trim();
        if (s.isEmpty()) {
            problem(field, "must not be empty");
        }
        return s;
    }

    Optional<String> optText(String field) {
        Object v = raw(field);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v).trim());
    }

    /**
     * A list of strings; a single string is taken as a one-element list; missing gives an
     * empty list.
     */
    List<String> textList(String field) {
        Object v = raw(field);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o == null || o instanceof Map || o instanceof List) {
                    problem(field, "must be a list of texts; found " + o);
                }
                else {
                    out.add(String.valueOf(o).trim());
                }
            }
        }
        else if (v instanceof Map) {
            problem(field, "must be a text or a list of texts");
        }
        else {
            out.add(String.valueOf(v).trim());
        }
        return List.copyOf(out);
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String s = text(field);
        return s == null ? null : parseEnum(field, s, type);
    }

    <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) {
        return optText(field).map(s -> parseEnum(field, s, type));
    }

    private <E extends Enum<E>> E parseEnum(String field, String s, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s.replace('-', '_'))) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name());
        }
        problem(field, "unknown value '" + s + "'; allowed: " + String.join(", ", allowed));
        return null;
    }

    boolean bool(String field, boolean whenMissing) {
        Object v = raw(field);
        if (v == null) {
            return whenMissing;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        problem(field, "must be true or false; found '" + v + "'");
        return whenMissing;
    }

    /** A plain number (no unit) within [min, max]. */
    BigDecimal number(String field, double min, double max) {
        Object v = required(field);
        return v == null ? null : toNumber(field, v, min, max);
    }

    Optional<BigDecimal> optNumber(String field, double min, double max) {
        Object v = raw(field);
        return v == null ? Optional.empty() : Optional.ofNullable(toNumber(field, v, min, max));
    }

    private BigDecimal toNumber(String field, Object v, double min, double max) {
        if (!(v instanceof Number)) {
            problem(field, "must be a plain number; found '" + v + "'");
            return null;
        }
        BigDecimal n = new BigDecimal(v.toString());
        if (n.doubleValue() < min || n.doubleValue() > max) {
            problem(field, "must be between " + min + " and " + max + "; found " + n.toPlainString());
            return null;
        }
        return n;
    }

    // ---- quantities with units
    // ----------------------------------------------------------------------

    /**
     * A quantity written with its unit, e.g. "5 mg". A missing unit, another unit, a
     * negative value or a value the target type rejects is a problem naming the field.
     */
    <T> T quantity(String field, String unit, Function<BigDecimal, T> make) {
        Object v = required(field);
        return v == null ? null : toQuantity(field, v, unit, make);
    }

    <T> Optional<T> optQuantity(String field, String unit, Function<BigDecimal, T> make) {
        Object v = raw(field);
        return v == null ? Optional.empty() : Optional.ofNullable(toQuantity(field, v, unit, make));
    }

    /** A list of quantities in one unit; missing gives an empty list. */
    <T> List<T> quantityList(String field, String unit, Function<BigDecimal, T> make) {
        Object v = raw(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            problem(field, "must be a list of quantities in " + unit);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Object o : list) {
            T t = toQuantity(field, o, unit, make);
            if (t != null) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private <T> T toQuantity(String field, Object v, String unit, Function<BigDecimal, T> make) {
        if (v instanceof Number) {
            problem(field, "unit missing: write '" + v + " " + unit + "'");
            return null;
        }
        Matcher m = NodeValues.QUANTITY.matcher(String.valueOf(v));
        if (!m.matches()) {
            problem(field, "'" + v + "' is not a quantity such as '5 " + unit + "'");
            return null;
        }
        if (m.group(2) == null) {
            problem(field, "unit missing: write '" + m.group(1) + " " + unit + "'");
            return null;
        }
        if (!m.group(2).equals(unit)) {
            problem(field, "wrong unit '" + m.group(2) + "' in '" + v + "'; expected " + unit);
            return null;
        }
        try {
            return make.apply(new BigDecimal(m.group(1)));
        }
        catch (IllegalArgumentException e) {
            problem(field, "impossible value '" + v + "': " + e.getMessage());
            return null;
        }
    }

    /** A range such as "10–63%" or "4–8 h" (en dash or hyphen). */
    Range range(String field, String unit) {
        Object v = required(field);
        return v == null ? null : NodeValues.range(this, field, v, unit);
    }

    Optional<Range> optRange(String field, String unit) {
        Object v = raw(field);
        return v == null ? Optional.empty() : Optional.ofNullable(NodeValues.range(this, field, v, unit));
    }

    /** A duration in days, hours or minutes, e.g. "3 days", "24 h", "1 min". */
    Duration duration(String field) {
        Object v = required(field);
        return v == null ? null : NodeValues.duration(this, field, v);
    }

    Optional<Duration> optDuration(String field) {
        Object v = raw(field);
        return v == null ? Optional.empty() : Optional.ofNullable(NodeValues.duration(this, field, v));
    }

    /** An age written in years, e.g. "65 years". */
    Integer years(String field) {
        BigDecimal y = quantity(field, "years", b -> b);
        if (y == null) {
            return null;
        }
        if (y.signum() < 0 || y.compareTo(BigDecimal.valueOf(120)) > 0 || y.stripTrailingZeros().scale() > 0) {
            problem(field, "impossible age '" + y.toPlainString() + " years': must be a whole number from 0 to 120");
            return null;
        }
        return y.intValue();
    }

    Optional<Integer> optYears(String field) {
        return has(field) ? Optional.ofNullable(years(field)) : markRead(field);
    }

    private <T> Optional<T> markRead(String field) {
        read.add(field);
        return Optional.empty();
    }

    // ---- structure
    // ----------------------------------------------------------------------------------

    /** A nested mapping, located as "field.sub" in messages. */
    Node child(String field) {
        Object v = required(field);
        if (v == null) {
            return new Node(file, entry, prefix + field + ".", Map.of(), problems);
        }
        if (!(v instanceof Map<?, ?> m)) {
            problem(field, "must be a mapping of fields");
            return new Node(file, entry, prefix + field + ".", Map.of(), problems);
        }
        return new Node(file, entry, prefix + field + ".", m, problems);
    }

    Optional<Node> optChild(String field) {
        return has(field) ? Optional.of(child(field)) : markRead(field);
    }

    /**
     * The entries of a list of mappings. Each entry is named in messages by its
     * {@code labelField} (e.g. the id) and its position, e.g. "substance 'oxycodone'
     * (#12)".
     */
    List<Node> entries(String field, String kind, String labelField) {
        Object v = required(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            problem(field, "must be a list of " + kind + " entries");
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        int i = 0;
        for (Object o : list) {
            i++;
            if (!(o instanceof Map<?, ?> m)) {
                problems.add(new KnowledgeProblem(file, kind + " #" + i, "", "must be a mapping of fields"));
                continue;
            }
            Object label = m.get(labelField);
            String name = kind + (label == null ? "" : " '" + label + "'") + " (#" + i + ")";
            out.add(new Node(file, name, "", m, problems));
        }
        return out;
    }

    /**
     * Reports fields this node has that nothing read: usually a typo. Call after reading
     * an entry.
     */
    void finish() {
        for (Object key : map.keySet()) {
            if (!read.contains(String.valueOf(key))) {
                problem(String.valueOf(key), "unknown field (a typo?)");
            }
        }
    }

    // ---- provenance
    // ---------------------------------------------------------------------------------

    /** The entry's {@code source} keys (each must exist in sources.yaml). */
    List<String> sources() {
        List<String> keys = textList("source");
        if (!has("source") || keys.isEmpty()) {
            problem("source", "is missing: every entry names a source key from sources.yaml");
            return List.of("?");
        }
        for (String k : keys) {
            if (!problems.knownSource(k)) {
                problem("source", "unknown source key '" + k + "' (not in sources.yaml)");
            }
        }
        return keys;
    }

    Confidence confidence() {
        return confidence("confidence");
    }

    Confidence confidence(String field) {
        String s = text(field);
        if (s == null) {
            return Confidence.U;
        }
        try {
            return Confidence.valueOf(s.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            problem(field, "unknown confidence '" + s + "'; allowed: V, S, A, U");
            return Confidence.U;
        }
    }

}
