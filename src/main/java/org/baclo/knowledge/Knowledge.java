package org.baclo.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The baclofen knowledge base: every clinical fact the product uses, each with its
 * sources. Immutable and thread-safe once loaded; load it once ({@link KnowledgeLoader})
 * and share it.
 */
public final class Knowledge {

    private final Map<String, Source> sources;

    private final Drug drug;

    private final List<Indication> indications;

    private final List<OralProduct> oralProducts;

    private final TextFact liquidDisplay;

    private final List<IntrathecalProduct> intrathecalProducts;

    private final Dosing dosing;

    private final Pharmacokinetics pk;

    private final AdverseReactions adverseReactions;

    private final List<InteractionClass> interactionClasses;

    private final List<Substance> substances;

    private final List<Condition> conditions;

    private final Condition pregnancy;

    private final Condition driving;

    private final Intrathecal intrathecal;

    private final String scaleCodeSystem;

    private final List<Scale> scales;

    private final List<Alternative> alternatives;

    private final List<FaqEntry> faq;

    private final FollowUpRules followUp;

    private final Map<String, Substance> substanceByName;

    private final SubstanceNames substanceNames;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Knowledge(Map<String, Source> sources, Drug drug, List<Indication> indications, List<OralProduct> oralProducts,
            TextFact liquidDisplay, List<IntrathecalProduct> intrathecalProducts, Dosing dosing, Pharmacokinetics pk,
            AdverseReactions adverseReactions, List<InteractionClass> interactionClasses, List<Substance> substances,
            SubstanceNames substanceNames, List<Condition> conditions, Condition pregnancy, Condition driving,
            Intrathecal intrathecal, String scaleCodeSystem, List<Scale> scales, List<Alternative> alternatives,
            List<FaqEntry> faq, FollowUpRules followUp) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.drug = drug;
        this.indications = List.copyOf(indications);
        this.oralProducts = List.copyOf(oralProducts);
        this.liquidDisplay = liquidDisplay;
        this.intrathecalProducts = List.copyOf(intrathecalProducts);
        this.dosing = dosing;
        this.pk = pk;
        this.adverseReactions = adverseReactions;
        this.interactionClasses = List.copyOf(interactionClasses);
        this.substances = List.copyOf(substances);
        this.conditions = List.copyOf(conditions);
        this.pregnancy = pregnancy;
        this.driving = driving;
        this.intrathecal = intrathecal;
        this.scaleCodeSystem = scaleCodeSystem;
        this.scales = List.copyOf(scales);
        this.alternatives = List.copyOf(alternatives);
        this.faq = List.copyOf(faq);
        this.followUp = followUp;
        Map<String, Substance> byName = new LinkedHashMap<>();
        for (Substance s : substances) {
            byName.put(key(s.name()), s);
            s.brands().forEach(b -> byName.put(key(b), s));
            s.aliases().forEach(a -> byName.put(key(a), s));
        }
        this.substanceByName = Collections.unmodifiableMap(byName);
        this.substanceNames = substanceNames;
        Map<String, Condition> conditionByKey = new LinkedHashMap<>();
        for (Condition c : this.conditions) { // the first condition that has the key wins
            conditionByKey.putIfAbsent(key(c.id()), c);
            conditionByKey.putIfAbsent(key(c.name()), c);
            c.aliases().forEach(a -> conditionByKey.putIfAbsent(key(a), c));
        }
        this.conditionByKey = Collections.unmodifiableMap(conditionByKey);
    }

    /**
     * Conditions by the key of their id, name and aliases (screens look conditions up for
     * every patient shown).
     */
    private final Map<String, Condition> conditionByKey;

    private static String key(String name) {
        return SubstanceNames.key(name);
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public Optional<Source> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    public Drug drug() {
        return drug;
    }

    public List<Indication> indications() {
        return indications;
    }

    public Optional<Indication> indication(String id) {
        return findById(indications, Indication::id, id);
    }

    public List<OralProduct> oralProducts() {
        return oralProducts;
    }

    public Optional<OralProduct> oralProduct(String id) {
        return findById(oralProducts, OralProduct::id, id);
    }

    public TextFact liquidDisplay() {
        return liquidDisplay;
    }

    public List<IntrathecalProduct> intrathecalProducts() {
        return intrathecalProducts;
    }

    public Dosing dosing() {
        return dosing;
    }

    public Pharmacokinetics pk() {
        return pk;
    }

    public AdverseReactions adverseReactions() {
        return adverseReactions;
    }

    public List<InteractionClass> interactionClasses() {
        return interactionClasses;
    }

    public Optional<InteractionClass> interactionClass(String id) {
        return findById(interactionClasses, InteractionClass::id, id);
    }

    public List<Substance> substances() {
        return substances;
    }

    /**
     * Finds a substance by generic name, brand or alias, ignoring case and spacing;
     * failing that, by its active ingredients ({@link SubstanceNames}: "fentanyl patch",
     * "hydrocodone/acetaminophen", "Advil PM").
     */
    public Optional<Substance> substance(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<Substance> exact = Optional.ofNullable(substanceByName.get(key(name)));
        return exact.isPresent() ? exact
                : substanceNames.resolve(name, k -> Optional.ofNullable(substanceByName.get(k)));
    }

    /** The rules {@link #substance} uses for names that match no entry exactly. */
    public SubstanceNames substanceNames() {
        return substanceNames;
    }

    /** The substances of one interaction class, in file order. */
    public List<Substance> substancesOfClass(String classId) {
        return substances.stream().filter(s -> s.classes().contains(classId)).collect(Collectors.toList());
    }

    public List<Condition> conditions() {
        return conditions;
    }

    /** Finds a condition by id, name or alias, ignoring case. */
    public Optional<Condition> condition(String idOrName) {
        return Optional.ofNullable(conditionByKey.get(key(idOrName)));
    }

    public Condition pregnancy() {
        return pregnancy;
    }

    public Condition driving() {
        return driving;
    }

    public Intrathecal intrathecal() {
        return intrathecal;
    }

    public String scaleCodeSystem() {
        return scaleCodeSystem;
    }

    public List<Scale> scales() {
        return scales;
    }

    public List<Alternative> alternatives() {
        return alternatives;
    }

    public List<FaqEntry> faq() {
        return faq;
    }

    /** The follow-up alert thresholds (followup.yaml). */
    public FollowUpRules followUp() {
        return followUp;
    }

    private static <T> Optional<T> findById(List<T> list, Function<T, String> id, String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        String k = key(wanted);
        return list.stream().filter(t -> key(id.apply(t)).equals(k)).findFirst();
    }

}
