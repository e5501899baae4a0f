package org.baclo.diaryfile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;
import org.baclo.followup.SideEffectNames;
import org.baclo.units.Milligrams;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a diary document {@code {"doses": [...], "observations": [...]}} strictly, item
 * by item: every item is either valid or rejected with its problems (JSON path and
 * message), never half read; unknown fields, numbers as texts, times without an offset
 * and duplicate ids are problems. Thread-safe.
 */
public final class DiaryReader {

    /** Most items in one document (a batch upload). */
    public static final int MAX_ITEMS = 1000;
    static final int MAX_ID = 64;
    static final int MAX_TEXT = 1000;
    static final BigDecimal MAX_MG = new BigDecimal("1000");
    static final BigDecimal MAX_WALK_SECONDS = new BigDecimal("1000");

    private static final ObjectReader READER = JsonMapper.builder()
        .build()
        .readerFor(JsonNode.class)
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final SideEffectNames effects;

    public DiaryReader(SideEffectNames effects) {
        this.effects = effects;
    }

    /** A problem with a JSON path, e.g. {@code doses[2].mg}. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    /** One item of a list: its value when valid, else its problems. */
    public record Item<T>(int index, Optional<String> id, Optional<T> value, List<Problem> problems) {
        public Item {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return value.isPresent();
        }
    }

    /**
     * The document read: problems of the document itself, and one item per entry of each
     * list.
     */
    public record Parsed(List<Problem> problems, List<Item<DiaryDose>> doses, List<Item<Observation>> observations) {
        /** The valid items as a diary. */
        public Diary diary() {
            return new Diary(doses.stream().flatMap(i -> i.value().stream()).toList(),
                    observations.stream().flatMap(i -> i.value().stream()).toList());
        }

        /** Every problem, document first. */
        public List<Problem> allProblems() {
            List<Problem> all = new ArrayList<>(problems);
            doses.forEach(i -> all.addAll(i.problems()));
            observations.forEach(i -> all.addAll(i.problems()));
            return all;
        }
    }

    public Parsed read(String json) {
        JsonNode root;
        try {
            root = READER.readValue(json);
        }
        catch (JacksonException e) {
            String m = e.getOriginalMessage();
            return new Parsed(
                    List.of(new Problem("$", "not valid JSON: " + (m.length() > 120 ? m.substring(0, 120) + "…" : m))),
                    List.of(), List.of());
        }
        return read(root);
    }

    public Parsed read(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return new Parsed(List.of(new Problem("$", "must be an object with \"doses\" and \"observations\"")),
                    List.of(), List.of());
        }
        for (String name : root.propertyNames()) {
            if (!name.equals("doses") && !name.equals("observations")) {
                problems.add(new Problem(name, "unknown field; allowed: doses, observations"));
            }
        }
        Set<String> ids = new HashSet<>();
        List<Item<DiaryDose>> doses = list(root, "doses", problems, ids, this::dose);
        List<Item<Observation>> observations = list(root, "observations", problems, ids, this::observation);
        return new Parsed(problems, doses, observations);
    }

    private <T> List<Item<T>> list(JsonNode root, String field, List<Problem> problems, Set<String> ids,
            Function<Fields, T> make) {
        JsonNode list = root.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problems.add(new Problem(field, "must be a list"));
            return List.of();
        }
        if (list.size() > MAX_ITEMS) {
            problems.add(new Problem(field, "at most " + MAX_ITEMS + " items per document; found " + list.size()));
            return List.of();
        }
        List<Item<T>> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Fields f = new Fields(list.get(i), field + "[" + i + "]");
            T value = f.ok() ? make.apply(f) : null;
            Optional<String> id = f.id();
            if (id.isPresent() && !ids.add(id.get())) {
                f.problem("id", "'" + id.get() + "' appears twice in this document");
            }
            value = f.problems.isEmpty() ? value : null;
            items.add(new Item<>(i, id, Optional.ofNullable(value), f.problems));
        }
        return items;
    }

    private DiaryDose dose(Fields f) {
        f.allow("id", "at", "status", "mg", "reason");
        String id = f.id().orElse(null);
        OffsetDateTime at = f.time("at");
        DiaryDose.Status status = f.choice("status", DiaryDose.Status.class, "taken|skipped|extra");
        Optional<BigDecimal> mg = f.optNumber("mg", BigDecimal.ZERO, MAX_MG, false);
        Optional<String> reason = f.optText("reason", MAX_TEXT);
        if (status != null && status != DiaryDose.Status.SKIPPED && mg.isEmpty() && !f.has("mg")) {
            f.problem("mg", "is required for a " + status.wireName() + " dose (the amount in mg)");
        }
        return f.build(() -> new DiaryDose(id, at, status, mg.map(Milligrams::new), reason));
    }

    private Observation observation(Fields f) {
        String id = f.id().orElse(null);
        OffsetDateTime at = f.time("at");
        String kind = f.text("kind", 40);
        if (kind == null) {
            f.allow("id", "at", "kind");
            return null;
        }
        switch (kind) {
            case "spasticity-nrs", "pain-nrs", "sleep-nrs" -> {
                f.allow("id", "at", "kind", "value");
                Integer value = f.integer("value", 0, 10);
                Observation.Nrs scale = kind.equals("spasticity-nrs") ? Observation.Nrs.SPASTICITY
                        : kind.equals("pain-nrs") ? Observation.Nrs.PAIN : Observation.Nrs.SLEEP;
                return f.build(() -> new Observation.Score(id, at, scale, value));
            }
            case "penn" -> {
                f.allow("id", "at", "kind", "frequency", "severity");
                Integer frequency = f.integer("frequency", 0, 4);
                Optional<Integer> severity = f.has("severity") ? Optional.ofNullable(f.integer("severity", 1, 3))
                        : Optional.empty();
                return f.build(() -> new Observation.Penn(id, at, frequency, severity));
            }
            case "side-effect" -> {
                f.allow("id", "at", "kind", "effect", "severity", "note");
                String typed = f.text("effect", 200);
                Optional<String> effect = typed == null ? Optional.empty() : effects.find(typed);
                if (typed != null && effect.isEmpty()) {
                    f.problem("effect", "'" + Fields.quote(typed) + "' is not in the side-effect list ('baclo info"
                            + " side-effects'); e.g. " + String.join(", ", effects.names().subList(0, 3)));
                }
                Observation.EffectSeverity severity = f.choice("severity", Observation.EffectSeverity.class,
                        "mild|moderate|severe");
                Optional<String> note = f.optText("note", MAX_TEXT);
                return f.build(() -> new Observation.SideEffect(id, at, effect.orElse(null), severity, note));
            }
            case "walk-25ft" -> {
                f.allow("id", "at", "kind", "seconds");
                Optional<BigDecimal> seconds = f.optNumber("seconds", BigDecimal.ZERO, MAX_WALK_SECONDS, true);
                return f.build(() -> new Observation.Walk(id, at, seconds.orElse(null)));
            }
            case "mas" -> {
                f.allow("id", "at", "kind", "muscle", "side", "grade");
                String muscle = f.text("muscle", 100);
                Observation.Side side = f.choice("side", Observation.Side.class, "left|right");
                String g = f.text("grade", 4);
                Optional<Observation.AshworthGrade> grade = Observation.AshworthGrade.parse(g);
                if (g != null && grade.isEmpty()) {
                    f.problem("grade", "'" + Fields.quote(g) + "' is not a Modified Ashworth grade; allowed: 0, 1,"
                            + " 1+, 2, 3, 4");
                }
                return f.build(() -> new Observation.Ashworth(id, at, muscle, side, grade.orElse(null)));
            }
            default -> {
                f.problem("kind", "'" + Fields.quote(kind) + "' is not a diary observation; allowed: spasticity-nrs,"
                        + " pain-nrs, sleep-nrs, penn, side-effect, walk-25ft, mas");
                return null;
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static OffsetDateTime parseTime(String s) throws DateTimeParseException {
        return OffsetDateTime.parse(s);
    }

}
