package org.baclo.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baclo.regimen.ContextInput;
import org.baclo.regimen.RegimenDraft;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a plan file (the JSON {@code --out} writes, or one typed by hand) strictly:
 * numbers must be numbers, texts texts, and an unknown field is an error (a typo must not
 * silently drop a dose). Derived fields (dispense, findings, …) may be present and are
 * ignored. Errors name the field path, e.g. {@code steps[2].dailyMg}.
 */
final class PlanFileReader {

    private static final ObjectReader READER = Json.MAPPER.readerFor(JsonNode.class)
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> TOP = Set.of("kind", "product", "productName", "frequency", "timeZone",
            "fromMgDay", "targetMgDay", "reason", "override", "patient", "crclMlPerMin", "crcl", "renalBand",
            "appliedRules", "steps", "dispense", "findings", "notice");

    private static final Set<String> STEP = Set.of("startDate", "endDate", "dailyMg", "doses");

    private static final Set<String> DOSE = Set.of("time", "mg", "product", "amount", "unit", "concentration", "pieces",
            "text");

    private static final Set<String> PATIENT = Set.of("ageYears", "sex", "weightKg", "creatinineMgDl",
            "creatinineUmolL", "measuredCrclMlPerMin", "dialysis", "pregnant", "conditions", "medications",
            "indication", "timeZone");

    /**
     * The regimen as typed, the patient saved with it (if any), and the clearance the
     * plan was made for (its {@code crclMlPerMin}, if any).
     */
    record PlanFile(RegimenDraft regimen, Optional<ContextInput> patient, Optional<BigDecimal> crclMlPerMin) {
    }

    private PlanFileReader() {
    }

    static PlanFile read(Path file) {
        return read(file, "--regimen");
    }

    /**
     * @param option the option that named the file, for the messages
     */
    static PlanFile read(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(option + ": file '" + file + "' not found");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new BadInputException(option + ": cannot read '" + file + "': " + e.getMessage());
        }
        JsonNode root;
        try {
            root = READER.readValue(text);
        }
        catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new BadInputException(option + ": '" + file + "' is not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        try {
            return parse(root);
        }
        catch (BadInputException e) {
            throw new BadInputException(file.getFileName() + ": " + e.getMessage());
        }
    }

    static PlanFile parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new BadInputException("the plan file must hold a JSON object with \"steps\"");
        }
        known(root, TOP, "");
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray()) {
            throw new BadInputException("steps: is required: a list of steps with startDate and dailyMg");
        }
        String product = root.has("product") ? text(root, "product", "") : null;
        List<RegimenDraft.StepDraft> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step(steps.get(i), "steps[" + i + "]", product));
        }
        Optional<ContextInput> patient = root.has("patient") && !root.get("patient").isNull()
                ? Optional.of(patient(root.get("patient"), root.has("timeZone") ? text(root, "timeZone", "") : null))
                : Optional.empty();
        RegimenDraft draft = new RegimenDraft(optText(root, "kind", ""), product, optText(root, "frequency", ""),
                optText(root, "timeZone", ""), number(root, "fromMgDay", "", "a number of mg per day"),
                number(root, "targetMgDay", "", "a number of mg per day"), optText(root, "reason", ""),
                optText(root, "override", ""), out);
        return new PlanFile(draft, patient,
                Optional.ofNullable(number(root, "crclMlPerMin", "", "a number of mL/min")));
    }

    private static RegimenDraft.StepDraft step(JsonNode n, String path, String product) {
        if (n == null || !n.isObject()) {
            throw new BadInputException(path + ": must be an object with startDate and dailyMg");
        }
        known(n, STEP, path + ".");
        String p = path + ".";
        if (!n.has("dailyMg") || !n.get("dailyMg").isNumber()) {
            throw new BadInputException(p + "dailyMg: must be a number of mg");
        }
        List<RegimenDraft.DoseDraft> doses = null;
        if (n.has("doses") && !n.get("doses").isNull()) {
            JsonNode d = n.get("doses");
            if (!d.isArray()) {
                throw new BadInputException(p + "doses: must be a list of doses with time and mg");
            }
            doses = new ArrayList<>();
            for (int j = 0; j < d.size(); j++) {
                doses.add(dose(d.get(j), p + "doses[" + j + "]", product));
            }
        }
        return new RegimenDraft.StepDraft(text(n, "startDate", p), optText(n, "endDate", p),
                n.get("dailyMg").decimalValue(), doses);
    }

    private static RegimenDraft.DoseDraft dose(JsonNode n, String path, String product) {
        if (n == null || !n.isObject()) {
            throw new BadInputException(path + ": must be an object with time and mg");
        }
        String p = path + ".";
        known(n, DOSE, p);
        if (!n.has("mg") || !n.get("mg").isNumber()) {
            throw new BadInputException(p + "mg: must be a number of mg");
        }
        String doseProduct = optText(n, "product", p);
        String planProduct = product == null ? "tablet" : product;
        if (doseProduct != null && !doseProduct.equals(planProduct)) {
            throw new BadInputException(
                    p + "product: must be the plan's product '" + planProduct + "'; got '" + doseProduct + "'");
        }
        return new RegimenDraft.DoseDraft(text(n, "time", p), n.get("mg").decimalValue(),
                number(n, "amount", p, "a number"), optText(n, "unit", p));
    }

    private static ContextInput patient(JsonNode n, String timeZone) {
        String p = "patient.";
        if (!n.isObject()) {
            throw new BadInputException("patient: must be an object with ageYears, sex, weightKg and kidney function");
        }
        known(n, PATIENT, p);
        Integer age = null;
        if (n.has("ageYears") && !n.get("ageYears").isNull()) {
            if (!n.get("ageYears").isIntegralNumber()) {
                throw new BadInputException(p + "ageYears: must be a whole number of years");
            }
            age = n.get("ageYears").intValue();
        }
        String tz = n.has("timeZone") ? optText(n, "timeZone", p) : timeZone;
        return new ContextInput(age, optText(n, "sex", p), number(n, "weightKg", p, "a number of kg"),
                number(n, "creatinineMgDl", p, "a number of mg/dL"),
                number(n, "creatinineUmolL", p, "a number of µmol/L"),
                number(n, "measuredCrclMlPerMin", p, "a number of mL/min"), bool(n, "dialysis", p),
                bool(n, "pregnant", p), texts(n, "conditions", p), texts(n, "medications", p),
                optText(n, "indication", p), tz);
    }

    private static void known(JsonNode n, Set<String> allowed, String path) {
        for (String name : n.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new BadInputException(path + name + ": unknown field (a typo?); allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode n, String field, String path) {
        String v = optText(n, field, path);
        if (v == null) {
            throw new BadInputException(path + field + ": is required");
        }
        return v;
    }

    private static String optText(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new BadInputException(path + field + ": must be a text");
        }
        return v.stringValue();
    }

    private static BigDecimal number(JsonNode n, String field, String path, String what) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new BadInputException(path + field + ": must be " + what);
        }
        return v.decimalValue();
    }

    private static boolean bool(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new BadInputException(path + field + ": must be true or false");
        }
        return v.booleanValue();
    }

    private static List<String> texts(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new BadInputException(path + field + ": must be a list of texts");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isString()) {
                throw new BadInputException(path + field + "[" + i + "]: must be a text");
            }
            out.add(v.get(i).stringValue());
        }
        return out;
    }

}
