package org.baclo.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates the knowledge files, one reader per file ({@link SourcesReader},
 * {@link DosingReader}, …, sharing {@link Node} and {@link Checks}). Every problem in
 * every file is collected; if there is any, loading fails with a
 * {@link KnowledgeException} listing them all (file, entry, field, what is wrong).
 * Loading is the only I/O of the core; do it once at start-up and share the result.
 */
public final class KnowledgeLoader {

    /**
     * The knowledge files, in load order (sources first: every entry's source key is
     * checked against it).
     */
    public static final List<String> FILES = List.of("sources.yaml", "drug.yaml", "products.yaml", "dosing.yaml",
            "pk.yaml", "adverse-reactions.yaml", "interactions.yaml", "substances.yaml", "conditions.yaml", "itb.yaml",
            "scales.yaml", "alternatives.yaml", "faq.yaml", "followup.yaml");

    static final Set<String> FAQ_TOPICS = EducationReader.FAQ_TOPICS;

    private final Map<String, Map<?, ?>> documents = new LinkedHashMap<>();

    private final Problems problems = new Problems();

    private KnowledgeLoader() {
    }

    /**
     * Loads the knowledge shipped in the application, under {@code knowledge/} on the
     * class path.
     */
    public static Knowledge fromClasspath() {
        ClassLoader cl = KnowledgeLoader.class.getClassLoader();
        PreParsed pre = PreParsed.read(cl.getResourceAsStream(PreParsed.RESOURCE));
        KnowledgeLoader loader = new KnowledgeLoader();
        for (String f : FILES) {
            try (InputStream in = cl.getResourceAsStream("knowledge/" + f)) {
                byte[] yaml = in == null ? null : in.readAllBytes();
                Object tree = yaml == null ? null : pre.tree(f, yaml);
                if (tree != null) {
                    loader.accept(f, tree);
                }
                else {
                    loader.parse(f, yaml == null ? null : new ByteArrayInputStream(yaml));
                }
            }
            catch (IOException e) {
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
            }
            catch (IOException e) {
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
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            accept(file, yaml().load(r));
        }
        catch (YAMLException e) {
            problems.add(new KnowledgeProblem(file, "file", "",
                    "is not valid YAML: " + e.getMessage().replaceAll("\\s+", " ")));
            documents.put(file, Map.of());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** A parsed document (from the YAML parser or {@link PreParsed}). */
    private void accept(String file, Object doc) {
        if (doc instanceof Map<?, ?> m) {
            documents.put(file, m);
        }
        else {
            problems.add(new KnowledgeProblem(file, "file", "", "must hold a mapping of sections"));
            documents.put(file, Map.of());
        }
    }

    /**
     * The tree the YAML parser makes of a file, as {@link #parse} reads it, or null when
     * it is not valid YAML (for {@link PreParsed}).
     */
    static Object parseTree(byte[] yaml) {
        try {
            return yaml().load(new String(yaml, StandardCharsets.UTF_8));
        }
        catch (YAMLException e) {
            return null;
        }
    }

    private Node root(String file) {
        return new Node(file, "file", "", documents.getOrDefault(file, Map.of()), problems);
    }

    private Knowledge build() {
        Map<String, Source> sources = SourcesReader.readSources(root("sources.yaml"));
        Node drugFile = root("drug.yaml");
        Drug drug = DrugReader.readDrug(drugFile.child("drug"));
        List<Indication> indications = DrugReader.readIndications(drugFile);
        drugFile.finish();

        Node productsFile = root("products.yaml");
        List<OralProduct> oral = ProductsReader.readOralProducts(productsFile);
        TextFact liquidDisplay = Checks.textFact(productsFile.child("liquidDisplay"), "liquid-display", "rule");
        List<IntrathecalProduct> itbProducts = ProductsReader.readIntrathecalProducts(productsFile);
        productsFile.finish();

        Dosing dosing = new DosingReader(root("dosing.yaml")).read();
        ProductsReader.checkProductsAgainstDosing(oral, dosing, problems);
        Pharmacokinetics pk = PkReader.readPk(root("pk.yaml"));
        AdverseReactions adverse = AdverseReactionsReader.readAdverse(root("adverse-reactions.yaml"));

        Node interactionsFile = root("interactions.yaml");
        List<InteractionClass> classes = SubstancesReader.readInteractionClasses(interactionsFile);
        interactionsFile.finish();
        Node substancesFile = root("substances.yaml");
        List<Substance> substances = SubstancesReader.readSubstances(substancesFile, classes);
        SubstanceNames nameRules = SubstancesReader.readNameRules(substancesFile);
        substancesFile.finish();

        Node conditionsFile = root("conditions.yaml");
        List<Condition> conditions = ConditionsReader.readConditions(conditionsFile);
        Condition pregnancy = ConditionsReader.precaution(conditionsFile.child("pregnancy"), "pregnancy", "Pregnancy");
        Condition driving = ConditionsReader.precaution(conditionsFile.child("driving"), "driving",
                "Driving and machinery");
        conditionsFile.finish();

        Intrathecal itb = ItbReader.readItb(root("itb.yaml"));
        Node scalesFile = root("scales.yaml");
        String codeSystem = scalesFile.text("codeSystem");
        List<Scale> scales = EducationReader.readScales(scalesFile);
        scalesFile.finish();
        Node altFile = root("alternatives.yaml");
        List<Alternative> alternatives = EducationReader.readAlternatives(altFile);
        altFile.finish();
        Node faqFile = root("faq.yaml");
        List<FaqEntry> faq = EducationReader.readFaq(faqFile);
        faqFile.finish();
        FollowUpRules followUp = new FollowUpReader(root("followup.yaml")).read();

        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems.all());
        }
        return new Knowledge(sources, drug, indications, oral, liquidDisplay, itbProducts, dosing, pk, adverse, classes,
                substances, nameRules, conditions, pregnancy, driving, itb, codeSystem, scales, alternatives, faq,
                followUp);
    }

}
