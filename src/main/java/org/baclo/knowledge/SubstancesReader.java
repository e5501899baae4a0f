package org.baclo.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads interactions.yaml (interaction classes) and substances.yaml (substances,
 * combinations, name rules).
 */
final class SubstancesReader {

    private SubstancesReader() {
    }

    static List<InteractionClass> readInteractionClasses(Node file) {
        List<InteractionClass> out = new ArrayList<>();
        Checks.Unique ids = new Checks.Unique("id");
        for (Node n : file.entries("classes", "interaction class", "id")) {
            InteractionClass c = new InteractionClass(Checks.id(n), n.text("name"), n.text("effect"),
                    n.enumValue("severity", Severity.class), Checks.code(n, "findingCode"), n.optText("route"),
                    n.sources(), n.confidence());
            ids.check(n, c.id());
            c.route()
                .filter(r -> !r.equals("oral") && !r.equals("intrathecal"))
                .ifPresent(r -> n.problem("route", "unknown route '" + r + "'; allowed: oral, intrathecal"));
            n.finish();
            out.add(c);
        }
        return out;
    }

    static List<Substance> readSubstances(Node file, List<InteractionClass> classes) {
        Set<String> classIds = new TreeSet<>();
        classes.forEach(c -> classIds.add(c.id()));
        List<Substance> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Node n : file.entries("substances", "substance", "name")) {
            Substance s = new Substance(n.text("name"), n.textList("brands"), n.textList("aliases"),
                    n.optText("atc").orElse(null), n.textList("classes"), n.sources(), n.confidence());
            if (s.atc() != null && !Checks.ATC.matcher(s.atc()).matches()) {
                n.problem("atc", "'" + s.atc() + "' is not an ATC code such as N02AA05");
            }
            for (String c : s.classes()) {
                if (!classIds.contains(c)) {
                    n.problem("classes",
                            "unknown interaction class '" + c + "' (known: " + String.join(", ", classIds) + ")");
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

    /**
     * Combination products: the classes, ATC codes and sources of their ingredients
     * (BACLOFEN.md §8).
     */
    static List<Substance> readCombinations(Node file, List<Substance> singles, Map<String, String> names) {
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
                }
                else {
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

    static SubstanceNames readNameRules(Node file) {
        Node n = file.child("nameRules");
        SubstanceNames r = new SubstanceNames(n.textList("separators"), n.textList("formWords"),
                n.text("nightTimeSuffix"), n.text("nightTimeIngredient"), n.sources(), n.confidence());
        if (r.separators().isEmpty() || r.separators().stream().anyMatch(String::isBlank)) {
            n.problem("separators", "must list at least one non-empty separator");
        }
        n.finish();
        return r;
    }

    /**
     * Names are unique case-insensitively across generic names, brands and aliases of all
     * substances.
     */
    static void uniqueName(Node n, Map<String, String> seen, String field, String name) {
        if (name == null) {
            return;
        }
        String previous = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), n.entry());
        if (previous != null) {
            n.problem(field, "duplicate name '" + name + "' (already used by " + previous + ")");
        }
    }

}
