package org.baclo.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.regimen.ContextInput;
import org.baclo.regimen.RegimenDraft;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one reader of a plan document ({@link PlanDocument}: what {@code baclo plan --out}
 * writes, what the application stores, or one typed by hand), used by {@code check},
 * {@code simulate --regimen}, {@code --from-regimen}, the pages and the API. Jackson
 * databinding into the writer's own records, strictly: an unknown field, a duplicate key,
 * a string where a number belongs (or a number where a text belongs), a fraction for a
 * whole number and trailing content are refused, and every message names the JSON path
 * ({@code steps[1].dailyMg}). Derived parts (dispense, findings, …) are read for their
 * shape and otherwise ignored; the regimen itself is then checked by the core
 * ({@link RegimenDraft#toRegimen}). Thread-safe.
 */
public final class PlanFiles {

    /** A plan document nests five levels; no number needs more than a few digits. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(64)
            .maxStringLength(1_000_000)
            .build())
        .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual,
                c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .build();

    private static final BigDecimal NUMBER_MAX = BigDecimal.valueOf(1_000_000);

    private static final int DECIMALS_MAX = 6;

    /**
     * Far above any real plan (a taper by daily steps over years), low enough that a
     * hostile document costs little.
     */
    static final int MAX_STEPS = 1000;

    static final int MAX_DOSES = 24;

    private static final ObjectReader READER = MAPPER.readerFor(PlanDocument.class);

    /** What a value must be, by field name, for the messages. */
    private static final Map<String, String> WHAT = Map.ofEntries(Map.entry("dailyMg", "a number of mg"),
            Map.entry("mg", "a number of mg"), Map.entry("fromMgDay", "a number of mg per day"),
            Map.entry("targetMgDay", "a number of mg per day"), Map.entry("crclMlPerMin", "a number of mL/min"),
            Map.entry("measuredCrclMlPerMin", "a number of mL/min"), Map.entry("weightKg", "a number of kg"),
            Map.entry("heightCm", "a number of cm"), Map.entry("creatinineMgDl", "a number of mg/dL"),
            Map.entry("creatinineUmolL", "a number of µmol/L"), Map.entry("ageYears", "a whole number of years"),
            Map.entry("steps", "a list of steps with startDate and dailyMg"),
            Map.entry("doses", "a list of doses with time and mg"),
            Map.entry("patient", "an object with ageYears, sex, weightKg and kidney function"),
            Map.entry("conditions", "a list of texts"), Map.entry("medications", "a list of texts"));

    /**
     * The regimen as typed, the patient saved with it (if any), and the clearance the
     * plan was made for (its {@code crclMlPerMin}, if any).
     */
    public record PlanFile(RegimenDraft regimen, Optional<ContextInput> patient, Optional<BigDecimal> crclMlPerMin) {
    }

    private PlanFiles() {
    }

    /**
     * The plan in a document, not yet checked by the core.
     * @throws PlanFileException naming the JSON path of the first value that cannot be
     * read
     */
    public static PlanFile read(String json) {
        return of(document(json));
    }

    /**
     * The document itself, strictly bound (see the class comment).
     * @throws PlanFileException naming the JSON path of the first value that cannot be
     * read
     */
    public static PlanDocument document(String json) {
        try {
            PlanDocument d = READER.readValue(json);
            if (d == null) {
                throw new PlanFileException("", "the plan document must hold a JSON object with \"steps\"");
            }
            return d;
        }
        catch (UnrecognizedPropertyException e) {
            Collection<Object> known = e.getKnownPropertyIds() == null ? List.of() : e.getKnownPropertyIds();
            throw new PlanFileException(path(e), "unknown field (a typo?); allowed: "
                    + String.join(", ", known.stream().map(Object::toString).sorted().toList()));
        }
        catch (MismatchedInputException e) {
            String path = path(e);
            if (path.isEmpty() && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new PlanFileException("", "is not valid JSON" + where(e.getLocation())
                        + ": there is more after the plan document's closing brace");
            }
            if (path.isEmpty()) {
                throw new PlanFileException("", "the plan document must hold a JSON object with \"steps\"");
            }
            throw new PlanFileException(path, "must be " + what(e));
        }
        catch (InputCoercionException e) {
            String path = e.processor() != null ? path(e.processor().streamReadContext()) : path(e);
            String field = path.substring(path.lastIndexOf('.') + 1);
            throw new PlanFileException(path, "must be " + WHAT.getOrDefault(field, "a smaller number"));
        }
        catch (StreamReadException e) {
            String path = e.processor() != null ? path(e.processor().streamReadContext()) : path(e);
            String message = e.getOriginalMessage() == null ? ""
                    : e.getOriginalMessage().lines().findFirst().orElse("");
            if (message.startsWith("Duplicate")) {
                throw new PlanFileException(path,
                        "duplicate key" + where(e.getLocation()) + "; each field may appear only once in an object");
            }
            throw new PlanFileException(path, "is not valid JSON" + where(e.getLocation()) + ": " + message);
        }
        catch (JacksonException e) {
            String message = e.getOriginalMessage() == null ? ""
                    : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new PlanFileException(path(e), "cannot be read" + where(e.getLocation()) + ": " + message);
        }
    }

    /**
     * The plan a (bound) document describes: its regimen as typed, its patient, its
     * clearance.
     * @throws PlanFileException for what binding cannot see: a missing list of steps, an
     * empty entry, a dose in another product than the plan's
     */
    public static PlanFile of(PlanDocument d) {
        if (d.steps() == null) {
            throw new PlanFileException("steps", "is required: " + WHAT.get("steps"));
        }
        if (d.steps().size() > MAX_STEPS) {
            throw new PlanFileException("steps", "at most " + MAX_STEPS + " steps; got " + d.steps().size());
        }
        String planProduct = d.product() == null ? "tablet" : d.product();
        List<RegimenDraft.StepDraft> steps = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            String path = "steps[" + i + "]";
            PlanDocument.StepDoc s = d.steps().get(i);
            if (s == null) {
                throw new PlanFileException(path, "must be an object with startDate and dailyMg");
            }
            List<RegimenDraft.DoseDraft> doses = null;
            if (s.doses() != null) {
                if (s.doses().size() > MAX_DOSES) {
                    throw new PlanFileException(path + ".doses",
                            "at most " + MAX_DOSES + " doses a day; got " + s.doses().size());
                }
                doses = new ArrayList<>();
                for (int j = 0; j < s.doses().size(); j++) {
                    String p = path + ".doses[" + j + "]";
                    PlanDocument.DoseDoc x = s.doses().get(j);
                    if (x == null) {
                        throw new PlanFileException(p, "must be an object with time and mg");
                    }
                    if (x.product() != null && !x.product().equals(planProduct)) {
                        throw new PlanFileException(p + ".product",
                                "must be the plan's product '" + planProduct + "'; got '" + x.product() + "'");
                    }
                    doses.add(new RegimenDraft.DoseDraft(x.time(), number(p + ".mg", x.mg()),
                            number(p + ".amount", x.amount()), x.unit()));
                }
            }
            steps.add(new RegimenDraft.StepDraft(s.startDate(), s.endDate(), number(path + ".dailyMg", s.dailyMg()),
                    doses));
        }
        RegimenDraft draft = new RegimenDraft(d.kind(), d.product(), d.frequency(), d.timeZone(),
                number("fromMgDay", d.fromMgDay()), number("targetMgDay", d.targetMgDay()), d.reason(), d.override(),
                steps);
        return new PlanFile(draft, Optional.ofNullable(d.patient()).map(p -> patient(p, d.timeZone())),
                Optional.ofNullable(number("crclMlPerMin", d.crclMlPerMin())));
    }

    private static ContextInput patient(PlanDocument.PatientDoc p, String planZone) {
        for (int i = 0; i < list(p.conditions()).size(); i++) {
            notNull(p.conditions().get(i), "patient.conditions[" + i + "]");
        }
        for (int i = 0; i < list(p.medications()).size(); i++) {
            notNull(p.medications().get(i), "patient.medications[" + i + "]");
        }
        return new ContextInput(p.ageYears(), p.sex(), number("patient.weightKg", p.weightKg()),
                number("patient.creatinineMgDl", p.creatinineMgDl()),
                number("patient.creatinineUmolL", p.creatinineUmolL()),
                number("patient.measuredCrclMlPerMin", p.measuredCrclMlPerMin()), Boolean.TRUE.equals(p.dialysis()),
                Boolean.TRUE.equals(p.pregnant()), p.conditions(), p.medications(), p.indication(),
                p.timeZone() != null ? p.timeZone() : planZone, number("patient.heightCm", p.heightCm()), null, null);
    }

    /**
     * A number the engines can work with: a hostile {@code 1e100000000} must not reach
     * them (nor be printed back digit by digit).
     */
    private static BigDecimal number(String path, BigDecimal v) {
        if (v != null && (v.abs().compareTo(NUMBER_MAX) > 0 || v.stripTrailingZeros().scale() > DECIMALS_MAX)) {
            throw new PlanFileException(path, "must be a number between -" + NUMBER_MAX.toPlainString() + " and "
                    + NUMBER_MAX.toPlainString() + " with at most " + DECIMALS_MAX + " decimals");
        }
        return v;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static void notNull(String v, String path) {
        if (v == null) {
            throw new PlanFileException(path, "must be a text");
        }
    }

    /** {@code steps[1].doses[0].mg} from Jackson's path. */
    static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getPropertyName());
            }
            else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** {@code steps[0].dailyMg} from where the parser stands. */
    private static String path(TokenStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, c.getCurrentIndex() >= 0 ? "[" + c.getCurrentIndex() + "]" : "");
            }
            else if (c.currentName() != null) {
                parts.add(0, "." + c.currentName());
            }
        }
        String p = String.join("", parts);
        return p.startsWith(".") ? p.substring(1) : p;
    }

    private static String what(MismatchedInputException e) {
        List<JacksonException.Reference> refs = e.getPath();
        JacksonException.Reference last = refs.get(refs.size() - 1);
        if (last.getPropertyName() != null && WHAT.containsKey(last.getPropertyName())) {
            return WHAT.get(last.getPropertyName());
        }
        if (last.getPropertyName() == null && refs.size() > 1) {
            String list = refs.get(refs.size() - 2).getPropertyName();
            if ("steps".equals(list)) {
                return "an object with startDate and dailyMg";
            }
            if ("doses".equals(list)) {
                return "an object with time and mg";
            }
        }
        Class<?> t = e.getTargetType();
        if (t == null) {
            return "of the documented type";
        }
        if (t == String.class || t.isEnum()) {
            return "a text";
        }
        if (t == BigDecimal.class) {
            return "a number";
        }
        if (t == Integer.class || t == int.class || t == BigInteger.class) {
            return "a whole number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(t)) {
            return "a list";
        }
        return "an object";
    }

    private static String where(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 1 ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

}
