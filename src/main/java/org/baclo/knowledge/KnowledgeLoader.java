package org.baclo.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.baclo.units.Hours;
import org.baclo.units.Kilograms;
import org.baclo.units.Litres;
import org.baclo.units.LitresPerHour;
import org.baclo.units.McgPerMl;
import org.baclo.units.MgPerMl;
import org.baclo.units.Micrograms;
import org.baclo.units.Milligrams;
import org.baclo.units.Millilitres;
import org.baclo.units.MlPerMin;
import org.baclo.units.PerHour;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates the knowledge files. Every problem in every file is collected; if there is any, loading
 * fails with a {@link KnowledgeException} listing them all (file, entry, field, what is wrong). Loading is
 * the only I/O of the core; do it once at start-up and share the result.
 */
public final class KnowledgeLoader {
    /** The knowledge files, in load order (sources first: every entry's source key is checked against it). */
    public static final List<String> FILES = List.of("sources.yaml", "drug.yaml", "products.yaml", "dosing.yaml",
            "pk.yaml", "adverse-reactions.yaml", "interactions.yaml", "substances.yaml", "conditions.yaml",
            "itb.yaml", "scales.yaml", "alternatives.yaml", "faq.yaml", "followup.yaml");

    static final Set<String> FAQ_TOPICS = Set.of("overview", "dosing", "side-effects", "interactions",
            "precautions", "withdrawal", "pk", "products", "itb", "alternatives");

    private static final Pattern ATC = Pattern.compile("^[A-Z]\\d{2}[A-Z]{2}\\d{2}$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]+$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final Map<String, Map<?, ?>> documents = new LinkedHashMap<>();
    private final Problems problems = new Problems();

    private KnowledgeLoader() {
    }

    /** Loads the knowledge shipped in the application, under {@code knowledge/} on the class path. */
    public static Knowledge fromClasspath() {
        ClassLoader cl = KnowledgeLoader.class.getClassLoader();
        KnowledgeLoader loader = new KnowledgeLoader();
        for (String f : FILES) {
            try (InputStream in = cl.getResourceAsStream("knowledge/" + f)) {
                loader.parse(f, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loader.build();
    }

    /** Loads knowledge files from a directory (tests, or a site's reviewed copy). */
    public static Knowledge fromDirectory(Path dir) {
        KnowledgeLoader loader = new KnowledgeLoader();
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                loader.parse(f, null);
                continue;
            }
            try (InputStream in = Files.newInputStream(p)) {
                loader.parse(f, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loader.build();
    }

    private void parse(String file, InputStream in) {
        if (in == null) {
            problems.add(new KnowledgeProblem(file, "file", "", "is missing"));
            documents.put(file, Map.of());
            return;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(options)).load(r);
            if (doc instanceof Map<?, ?> m) {
                documents.put(file, m);
            } else {
                problems.add(new KnowledgeProblem(file, "file", "", "must hold a mapping of sections"));
                documents.put(file, Map.of());
            }
        } catch (YAMLException e) {
            problems.add(new KnowledgeProblem(file, "file", "", "is not valid YAML: "
                    + e.getMessage().replaceAll("\\s+", " ")));
            documents.put(file, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Node root(String file) {
        return new Node(file, "file", "", documents.getOrDefault(file, Map.of()), problems);
    }

    private Knowledge build() {
        Map<String, Source> sources = readSources();
        Node drugFile = root("drug.yaml");
        Drug drug = readDrug(drugFile.child("drug"));
        List<Indication> indications = readIndications(drugFile);
        drugFile.finish();

        Node productsFile = root("products.yaml");
        List<OralProduct> oral = readOralProducts(productsFile);
        TextFact liquidDisplay = textFact(productsFile.child("liquidDisplay"), "liquid-display", "rule");
        List<IntrathecalProduct> itbProducts = readIntrathecalProducts(productsFile);
        productsFile.finish();

        Dosing dosing = new DosingReader(root("dosing.yaml")).read();
        checkProductsAgainstDosing(oral, dosing);
        Pharmacokinetics pk = readPk(root("pk.yaml"));
        AdverseReactions adverse = readAdverse(root("adverse-reactions.yaml"));

        Node interactionsFile = root("interactions.yaml");
        List<InteractionClass> classes = readInteractionClasses(interactionsFile);
        interactionsFile.finish();
        Node substancesFile = root("substances.yaml");
        List<Substance> substances = readSubstances(substancesFile, classes);
        SubstanceNames nameRules = readNameRules(substancesFile);
        substancesFile.finish();

        Node conditionsFile = root("conditions.yaml");
        List<Condition> conditions = readConditions(conditionsFile);
        Condition pregnancy = precaution(conditionsFile.child("pregnancy"), "pregnancy", "Pregnancy");
        Condition driving = precaution(conditionsFile.child("driving"), "driving", "Driving and machinery");
        conditionsFile.finish();

        Intrathecal itb = readItb(root("itb.yaml"));
        Node scalesFile = root("scales.yaml");
        String codeSystem = scalesFile.text("codeSystem");
        List<Scale> scales = readScales(scalesFile);
        scalesFile.finish();
        Node altFile = root("alternatives.yaml");
        List<Alternative> alternatives = readAlternatives(altFile);
        altFile.finish();
        Node faqFile = root("faq.yaml");
        List<FaqEntry> faq = readFaq(faqFile);
        faqFile.finish();
        FollowUpRules followUp = new FollowUpReader(root("followup.yaml")).read();

        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems.all());
        }
        return new Knowledge(sources, drug, indications, oral, liquidDisplay, itbProducts, dosing, pk, adverse,
                classes, substances, nameRules, conditions, pregnancy, driving, itb, codeSystem, scales, alternatives, faq,
                followUp);
    }

    // ---- sources ------------------------------------------------------------------------------------

    private Map<String, Source> readSources() {
        Node file = root("sources.yaml");
        Map<String, Source> out = new LinkedHashMap<>();
        for (Node n : file.entries("sources", "source", "key")) {
            String key = n.text("key");
            String citation = n.text("citation");
            n.finish();
            if (key != null && out.putIfAbsent(key, new Source(key, citation)) != null) {
                n.problem("key", "duplicate source key '" + key + "'");
            }
        }
        file.finish();
        problems.sourceKeys(out.keySet());
        return out;
    }

    // ---- drug and indications -----------------------------------------------------------------------

    private Drug readDrug(Node n) {
        Drug d = new Drug(n.text("name"), n.text("atc"), n.text("class"), n.text("mechanism"), n.sources(),
                n.confidence());
        if (d.atc() != null && !ATC.matcher(d.atc()).matches()) {
            n.problem("atc", "'" + d.atc() + "' is not an ATC code such as M03BX01");
        }
        n.finish();
        return d;
    }

    private List<Indication> readIndications(Node file) {
        List<Indication> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("indications", "indication", "id")) {
            Indication i = new Indication(id(n), n.text("name"), n.enumValue("status", IndicationStatus.class),
                    n.text("text"), n.sources(), n.confidence());
            ids.check(n, i.id());
            n.finish();
            out.add(i);
        }
        return out;
    }

    // ---- products -----------------------------------------------------------------------------------

    private List<OralProduct> readOralProducts(Node file) {
        List<OralProduct> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("oral", "oral product", "id")) {
            String id = id(n);
            ids.check(n, id);
            OralForm form = n.enumValue("form", OralForm.class);
            List<Milligrams> strengths = n.quantityList("strengths", "mg", Milligrams::new);
            Optional<MgPerMl> concentration = n.optQuantity("concentration", "mg/mL", MgPerMl::new);
            for (Milligrams s : strengths) {
                if (s.value().signum() <= 0) {
                    n.problem("strengths", "impossible strength " + s + ": must be greater than 0 mg");
                }
            }
            if (form != null && form.isLiquid() && (concentration.isEmpty() || !strengths.isEmpty())) {
                n.problem("concentration", "a liquid has one concentration in mg/mL and no strengths");
            }
            if (form != null && !form.isLiquid() && (strengths.isEmpty() || concentration.isPresent())) {
                n.problem("strengths", "a " + form.name().toLowerCase(Locale.ROOT)
                        + " has unit strengths in mg and no concentration");
            }
            out.add(new OralProduct(id, n.text("name"), n.textList("brands"), form, strengths, concentration,
                    n.bool("scored", false), n.optText("notes"), n.sources(), n.confidence()));
            n.finish();
        }
        return out;
    }

    /** Impossible strengths: a unit strength above the label's single-dose maximum cannot be a real product. */
    private void checkProductsAgainstDosing(List<OralProduct> oral, Dosing dosing) {
        if (dosing == null || dosing.oral() == null || dosing.oral().maxSingle() == null) {
            return;
        }
        Milligrams maxSingle = dosing.oral().maxSingle();
        for (int i = 0; i < oral.size(); i++) {
            OralProduct p = oral.get(i);
            for (Milligrams s : p.strengths()) {
                if (s.isGreaterThan(maxSingle)) {
                    problems.add(new KnowledgeProblem("products.yaml", "oral product '" + p.id() + "' (#" + (i + 1)
                            + ")",
                            "strengths", "impossible strength " + s + ": above the single-dose maximum of "
                            + maxSingle + " (dosing.yaml)"));
                }
            }
        }
    }

    private List<IntrathecalProduct> readIntrathecalProducts(Node file) {
        List<IntrathecalProduct> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("intrathecal", "intrathecal product", "id")) {
            String id = id(n);
            ids.check(n, id);
            List<McgPerMl> c = n.quantityList("concentrations", "mcg/mL", McgPerMl::new);
            if (c.isEmpty()) {
                n.problem("concentrations", "is missing: list the concentrations in mcg/mL");
            }
            out.add(new IntrathecalProduct(id, n.text("name"), c, n.sources(), n.confidence()));
            n.finish();
        }
        return out;
    }

    // ---- pharmacokinetics ---------------------------------------------------------------------------

    private Pharmacokinetics readPk(Node file) {
        List<PkFact> facts = new ArrayList<>();
        Unique factIds = new Unique("id");
        for (Node n : file.entries("facts", "pk fact", "id")) {
            PkFact f = new PkFact(id(n), n.text("text"), n.optNumber("value", 0, 1e6), n.sources(),
                    n.confidence());
            factIds.check(n, f.id());
            n.finish();
            facts.add(f);
        }
        List<PkParameterSet> sets = new ArrayList<>();
        Unique setIds = new Unique("id");
        for (Node n : file.entries("parameterSets", "parameter set", "id")) {
            String id = id(n);
            setIds.check(n, id);
            PkModel model = n.enumValue("model", PkModel.class);
            Optional<LitresPerHour> cl = n.optQuantity("clearance", "L/h", b -> new LitresPerHour(positive(b).doubleValue()));
            Optional<Litres> v = n.optQuantity("volume", "L", b -> new Litres(positive(b).doubleValue()));
            Optional<PerHour> ka = n.optQuantity("ka", "/h", b -> new PerHour(positive(b).doubleValue()));
            Optional<BigDecimal> clKg = n.optQuantity("clearancePerKg", "L/h/kg", KnowledgeLoader::positive);
            Optional<BigDecimal> vKg = n.optQuantity("volumePerKg", "L/kg", KnowledgeLoader::positive);
            Optional<Hours> mtt = n.optQuantity("meanTransitTime", "h", b -> new Hours(positive(b).doubleValue()));
            Optional<Kilograms> refWt = n.optQuantity("referenceWeight", "kg", Kilograms::new);
            Optional<MlPerMin> refCrcl = n.optQuantity("referenceCrcl", "mL/min", b -> new MlPerMin(positive(b)));
            Optional<BigDecimal> fe = n.optNumber("fractionRenal", 0, 1);
            Optional<BigDecimal> clExp = n.optNumber("clearanceWeightExponent", 0, 2);
            Optional<BigDecimal> vExp = n.optNumber("volumeWeightExponent", 0, 2);
            Variability iiv = n.optChild("iiv").map(c -> {
                Variability iv = new Variability(c.optNumber("clearance", 0, 3), c.optNumber("volume", 0, 3));
                c.finish();
                return iv;
            }).orElse(new Variability(Optional.empty(), Optional.empty()));
            if (cl.isEmpty() && clKg.isEmpty()) {
                n.problem("clearance", "is missing: give clearance (L/h) or clearancePerKg (L/h/kg)");
            }
            if (v.isEmpty() && vKg.isEmpty()) {
                n.problem("volume", "is missing: give volume (L) or volumePerKg (L/kg)");
            }
            if (model == PkModel.ONE_COMPARTMENT_FIRST_ORDER && ka.isEmpty()) {
                n.problem("ka", "is missing: a first-order absorption model needs ka in /h");
            }
            if (model == PkModel.TRANSIT_ABSORPTION && mtt.isEmpty()) {
                n.problem("meanTransitTime", "is missing: a transit absorption model needs a mean transit time");
            }
            if (fe.isPresent() != refCrcl.isPresent()) {
                n.problem("fractionRenal", "a renal covariate needs both fractionRenal and referenceCrcl");
            }
            sets.add(new PkParameterSet(id, n.text("name"), n.text("population"), model, cl, v, ka, clKg, vKg, mtt,
                    refWt, refCrcl, fe, clExp, vExp, iiv, n.optText("note"), n.sources(), n.confidence()));
            n.finish();
        }
        if (sets.stream().noneMatch(s -> Pharmacokinetics.DEFAULT_SET.equals(s.id()))) {
            file.problem("parameterSets", "the default set '" + Pharmacokinetics.DEFAULT_SET + "' is missing");
        }
        file.finish();
        return new Pharmacokinetics(facts, sets);
    }

    private static BigDecimal positive(BigDecimal b) {
        if (b.signum() <= 0) {
            throw new IllegalArgumentException("must be greater than 0");
        }
        return b;
    }

    // ---- adverse reactions --------------------------------------------------------------------------

    private AdverseReactions readAdverse(Node file) {
        List<AdverseReaction> common = new ArrayList<>();
        Unique names = new Unique("name");
        for (Node n : file.entries("common", "reaction", "name")) {
            AdverseReaction a = new AdverseReaction(n.text("name"), n.range("frequency", "%"), n.optText("note"),
                    n.sources(), n.confidence());
            names.check(n, a.name());
            n.finish();
            common.add(a);
        }
        SignList serious = signs(file.child("serious"), "signs");
        SignList lab = signs(file.child("laboratory"), "findings");
        List<TextFact> other = new ArrayList<>();
        int i = 0;
        for (Node n : file.entries("other", "other reaction", "text")) {
            other.add(textFact(n, "other-" + (++i), "text"));
        }
        Node overdose = file.child("overdose");
        SignList overdoseOral = signs(overdose.child("oral"), "signs");
        Node t = overdose.child("threshold");
        OverdoseThreshold threshold = new OverdoseThreshold(t.text("text"), t.quantity("amount", "mg",
                Milligrams::new), t.sources(), t.confidence());
        t.finish();
        SignList overdoseItb = signs(overdose.child("intrathecal"), "signs");
        overdose.finish();
        Node withdrawal = file.child("withdrawal");
        SignList wOral = signs(withdrawal.child("oral"), "signs");
        SignList wItb = signs(withdrawal.child("intrathecal"), "signs");
        withdrawal.finish();
        file.finish();
        return new AdverseReactions(common, serious, lab, other, overdoseOral, threshold, overdoseItb, wOral, wItb);
    }

    private SignList signs(Node n, String field) {
        List<String> signs = n.textList(field);
        if (signs.isEmpty()) {
            n.problem(field, "is missing: list at least one sign");
        }
        SignList s = new SignList(signs, n.textList("earlySigns"), n.textList("higherRisk"), n.optText("text"),
                n.sources(), n.confidence());
        n.finish();
        return s;
    }

    private TextFact textFact(Node n, String id, String textField) {
        TextFact f = new TextFact(id, n.text(textField), n.sources(), n.confidence());
        n.finish();
        return f;
    }

    // ---- interactions and substances ----------------------------------------------------------------

    private List<InteractionClass> readInteractionClasses(Node file) {
        List<InteractionClass> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("classes", "interaction class", "id")) {
            InteractionClass c = new InteractionClass(id(n), n.text("name"), n.text("effect"),
                    n.enumValue("severity", Severity.class), code(n, "findingCode"), n.optText("route"),
                    n.sources(), n.confidence());
            ids.check(n, c.id());
            c.route().filter(r -> !r.equals("oral") && !r.equals("intrathecal"))
                    .ifPresent(r -> n.problem("route", "unknown route '" + r + "'; allowed: oral, intrathecal"));
            n.finish();
            out.add(c);
        }
        return out;
    }

    private List<Substance> readSubstances(Node file, List<InteractionClass> classes) {
        Set<String> classIds = new TreeSet<>();
        classes.forEach(c -> classIds.add(c.id()));
        List<Substance> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Node n : file.entries("substances", "substance", "name")) {
            Substance s = new Substance(n.text("name"), n.textList("brands"), n.textList("aliases"),
                    n.optText("atc").orElse(null), n.textList("classes"), n.sources(), n.confidence());
            if (s.atc() != null && !ATC.matcher(s.atc()).matches()) {
                n.problem("atc", "'" + s.atc() + "' is not an ATC code such as N02AA05");
            }
            for (String c : s.classes()) {
                if (!classIds.contains(c)) {
                    n.problem("classes", "unknown interaction class '" + c + "' (known: "
                            + String.join(", ", classIds) + ")");
                }
            }
            uniqueName(n, names, "name", s.name());
            s.brands().forEach(b -> uniqueName(n, names, "brands", b));
            s.aliases().forEach(a -> uniqueName(n, names, "aliases", a));
            n.finish();
            out.add(s);
        }
        out.addAll(readCombinations(file, out, names));
        return out;
    }

    /** Combination products: the classes, ATC codes and sources of their ingredients (BACLOFEN.md §8). */
    private static List<Substance> readCombinations(Node file, List<Substance> singles, Map<String, String> names) {
        Map<String, Substance> byName = new HashMap<>();
        singles.forEach(s -> byName.put(s.name().toLowerCase(Locale.ROOT), s));
        List<Substance> out = new ArrayList<>();
        for (Node n : file.entries("combinations", "combination", "name")) {
            String name = n.text("name");
            List<Substance> ingredients = new ArrayList<>();
            for (String i : n.textList("ingredients")) {
                Substance s = byName.get(i.toLowerCase(Locale.ROOT));
                if (s == null) {
                    n.problem("ingredients", "unknown substance '" + i + "'");
                } else {
                    ingredients.add(s);
                }
            }
            if (ingredients.size() < 2) {
                n.problem("ingredients", "a combination needs at least two known ingredients");
            }
            List<String> brands = n.textList("brands");
            List<String> aliases = n.textList("aliases");
            uniqueName(n, names, "name", name);
            brands.forEach(b -> uniqueName(n, names, "brands", b));
            aliases.forEach(a -> uniqueName(n, names, "aliases", a));
            n.finish();
            if (!ingredients.isEmpty()) {
                Substance c = SubstanceNames.combine(ingredients);
                out.add(new Substance(name, brands, aliases, c.atc(), c.classes(), c.source(), c.confidence()));
            }
        }
        return out;
    }

    private static SubstanceNames readNameRules(Node file) {
        Node n = file.child("nameRules");
        SubstanceNames r = new SubstanceNames(n.textList("separators"), n.textList("formWords"),
                n.text("nightTimeSuffix"), n.text("nightTimeIngredient"), n.sources(), n.confidence());
        if (r.separators().isEmpty() || r.separators().stream().anyMatch(String::isBlank)) {
            n.problem("separators", "must list at least one non-empty separator");
        }
        n.finish();
        return r;
    }

    /** Names are unique case-insensitively across generic names, brands and aliases of all substances. */
    private static void uniqueName(Node n, Map<String, String> seen, String field, String name) {
        if (name == null) {
            return;
        }
        String previous = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), n.entry());
        if (previous != null) {
            n.problem(field, "duplicate name '" + name + "' (already used by " + previous + ")");
        }
    }

    // ---- conditions ---------------------------------------------------------------------------------

    private List<Condition> readConditions(Node file) {
        List<Condition> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("conditions", "condition", "id")) {
            Condition c = new Condition(id(n), n.text("name"), n.textList("aliases"),
                    n.enumValue("severity", Severity.class), n.text("rule"), code(n, "findingCode"), n.sources(),
                    n.confidence());
            ids.check(n, c.id());
            n.finish();
            out.add(c);
        }
        return out;
    }

    private Condition precaution(Node n, String id, String name) {
        Condition c = new Condition(id, name, List.of(), n.enumValue("severity", Severity.class), n.text("rule"),
                code(n, "findingCode"), n.sources(), n.confidence());
        n.finish();
        return c;
    }

    // ---- intrathecal --------------------------------------------------------------------------------

    private Intrathecal readItb(Node file) {
        Node s = file.child("screening");
        ItbScreening screening = new ItbScreening(s.quantity("bolus", "mcg", Micrograms::new),
                s.quantity("bolusVolume", "mL", Millilitres::new), s.duration("minInjectionTime"),
                s.range("observation", "h"), s.quantityList("escalation", "mcg", Micrograms::new),
                s.duration("escalationInterval"), s.quantity("nonResponderAbove", "mcg", Micrograms::new),
                s.range("onset", "min"), s.range("peak", "h"), s.sources(), s.confidence());
        s.finish();
        Node p = file.child("pumpStart");
        PumpStart start = new PumpStart(p.text("rule"), p.number("factor", 0.1, 10),
                p.duration("sameDoseIfEffectLongerThan"), p.sources(), p.confidence());
        p.finish();
        List<ItbTitration> titration = new ArrayList<>();
        for (Node n : file.entries("titration", "titration", "origin")) {
            titration.add(new ItbTitration(n.text("origin"), n.optRange("dailyIncrease", "%"),
                    n.optRange("refillIncrease", "%"), n.optRange("sideEffectDecrease", "%"),
                    n.range("maintenance", "mcg/day"), n.sources(), n.confidence()));
            n.finish();
        }
        List<PumpModel> pumps = new ArrayList<>();
        for (Node n : file.entries("pumps", "pump", "id")) {
            pumps.add(new PumpModel(id(n), n.text("name"), n.quantityList("reservoirs", "mL", Millilitres::new),
                    n.quantity("alarmVolume", "mL", Millilitres::new), n.confidence("alarmVolumeConfidence"),
                    n.sources(), n.confidence()));
            n.finish();
        }
        Node r = file.child("refill");
        Node maxSrc = r;
        RefillRules refill = new RefillRules(r.duration("maxInterval"), sourcesOf(maxSrc, "maxIntervalSource"),
                r.duration("clinicBuffer"), r.quantity("residualTolerance", "mL", Millilitres::new),
                r.quantity("residualTolerancePercent", "%", KnowledgeLoader::positive), r.text("arithmetic"),
                r.sources(), r.confidence());
        r.finish();
        TextFact boxed = textFact(file.child("boxedWarning"), "itb-boxed-warning", "text");
        TextFact epidural = textFact(file.child("epiduralMorphine"), "itb-epidural-morphine", "text");
        file.finish();
        return new Intrathecal(screening, start, titration, pumps, refill, boxed, epidural);
    }

    private List<String> sourcesOf(Node n, String field) {
        List<String> keys = n.textList(field);
        for (String k : keys) {
            if (!problems.knownSource(k)) {
                n.problem(field, "unknown source key '" + k + "' (not in sources.yaml)");
            }
        }
        return keys;
    }

    // ---- scales, alternatives, faq ------------------------------------------------------------------

    private List<Scale> readScales(Node file) {
        List<Scale> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("scales", "scale", "id")) {
            Scale s = new Scale(id(n), n.text("name"), n.text("rater"), n.bool("perMuscleGroup", false),
                    n.textList("values"), n.textList("labels"), n.optRange("range", ""), n.optText("loinc"),
                    n.optText("unit"), n.optText("note"), n.sources(), n.confidence());
            ids.check(n, s.id());
            if (!s.labels().isEmpty() && s.labels().size() != s.values().size()) {
                n.problem("labels", "has " + s.labels().size() + " labels for " + s.values().size() + " values");
            }
            n.finish();
            out.add(s);
        }
        return out;
    }

    private List<Alternative> readAlternatives(Node file) {
        List<Alternative> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("alternatives", "alternative", "id")) {
            Alternative a = new Alternative(id(n), n.text("name"), n.text("kind"), n.text("concerns"), n.sources(),
                    n.confidence());
            ids.check(n, a.id());
            n.finish();
            out.add(a);
        }
        return out;
    }

    private List<FaqEntry> readFaq(Node file) {
        List<FaqEntry> out = new ArrayList<>();
        Unique ids = new Unique("id");
        for (Node n : file.entries("faq", "question", "id")) {
            FaqEntry f = new FaqEntry(id(n), n.text("topic"), n.text("question"), n.text("answer"), n.sources(),
                    n.confidence());
            ids.check(n, f.id());
            if (f.topic() != null && !FAQ_TOPICS.contains(f.topic())) {
                n.problem("topic", "unknown topic '" + f.topic() + "'; allowed: " + new TreeSet<>(FAQ_TOPICS));
            }
            n.finish();
            out.add(f);
        }
        return out;
    }

    // ---- shared checks ------------------------------------------------------------------------------

    private static String id(Node n) {
        String id = n.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            n.problem("id", "'" + id + "' must be lowercase words joined by hyphens");
        }
        return id;
    }

    private static String code(Node n, String field) {
        String c = n.text(field);
        if (c != null && !CODE.matcher(c).matches()) {
            n.problem(field, "'" + c + "' must be an upper-case code such as INTERACTION_OPIOID");
        }
        return c;
    }

    static LocalTime time(Node n, String field, String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            n.problem(field, "'" + text + "' is not a time of day such as 08:00");
            return LocalTime.MIDNIGHT;
        }
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
